/// The days gelijkgesteld with an algemeen erkende feestdag by royal decree (Algemene termijnenwet
/// art. 3 lid 3), usually decided for three years at a time and published in the Staatscourant.
///
/// Only decrees with a source are listed (see `docs/rekenregels.md`). For a year no decree covers,
/// the tool does not guess: ``isKnown(_:)`` is false and the 42e-weekmelding says so.
public enum EquatedDays {
  /// One royal decree: the years it covers, its days and where it was published.
  public struct Decree: Sendable {
    /// The years the decree settles (a year inside with no day listed has none).
    public let years: ClosedRange<Int>
    /// The equated days as `YYYY-MM-DD`.
    public let days: [String]
    /// The decree and its publication.
    public let reference: String
  }

  /// The decrees with a known source, oldest first.
  public static let decrees: [Decree] = [
    Decree(
      years: 2017...2019,
      days: [
        "2017-04-28", "2017-05-26", "2018-05-11", "2018-12-24", "2018-12-31", "2019-05-31", "2019-12-27",
      ],
      reference: "Besluit van 24 oktober 2016, nr. 2016001827 (BWBR0038666), Stcrt. 2016, 58653"),
    Decree(
      years: 2023...2025, days: ["2023-04-28", "2023-05-19", "2024-05-10", "2024-12-27", "2025-05-30"],
      reference: "Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en "
        + "30 mei 2025 met een algemeen erkende feestdag (Staatscourant)"),
    Decree(
      years: 2026...2028, days: ["2026-01-02", "2026-05-15", "2027-05-07", "2028-04-28", "2028-05-26"],
      reference: "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en "
        + "26 mei 2028 met een algemeen erkende feestdag (Staatscourant)"),
  ]

  private static let dates: [CivilDate: Decree] = {
    var result: [CivilDate: Decree] = [:]
    for decree in decrees {
      for day in decree.days { if let date = CivilDate(iso: day) { result[date] = decree } }
    }
    return result
  }()

  /// The decree that equates `date` with a holiday, if any.
  public static func decree(equating date: CivilDate) -> Decree? { dates[date] }

  /// Whether the equated days of `year` are known (a decree with a source covers it).
  public static func isKnown(_ year: Int) -> Bool { decrees.contains { $0.years.contains(year) } }
}
