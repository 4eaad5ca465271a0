import PoortwachterCore

/// Why a case's UWV pack is not made yet: before the upload's moment (``UploadRequirements/from``:
/// week 88 of the waiting period, moved by a verlenging; the last day of employment for ziek uit
/// dienst; the loonsanctie decision; the vervroegde IVA application).
struct PackMoment {
  let evaluation: CaseEvaluation

  init(_ evaluation: CaseEvaluation) { self.evaluation = evaluation }

  /// The first week a pack is made in the ordinary case.
  static let firstWeek = 88

  /// The reason (one line, to follow "nog geen UWV-pakket: ") for a pack due from `from`.
  func tooEarly(from: CivilDate, moment: UploadMoment) -> PackPlan.NoPack {
    let timeline = evaluation.timeline
    let text: String
    switch moment {
    case .ziekUitDienstVerkort, .ziekUitDienstVolledig:
      text =
        "het dienstverband loopt nog tot \(DutchDate.long(from)); bij ziek uit dienst is het pakket "
        + "nodig vanaf de laatste dag van het dienstverband"
    case .wiaAanvraag:
      let week = timeline.calendar.week(of: from)
      let extended = week != Self.firstWeek ? " (met de verlenging)" : ""
      text =
        "week \(timeline.currentWeek) van de wachttijd; het pakket wordt gemaakt vanaf week "
        + "\(week)\(extended), op \(DutchDate.long(from)), drie weken voordat het re-integratieverslag "
        + "compleet moet zijn"
    case .bekortingsverzoek, .vervroegdeIva:
      text = "het pakket voor de \(moment.title) wordt gemaakt vanaf \(DutchDate.long(from))"
    }
    return PackPlan.NoPack(reason: text, isTooEarly: true)
  }
}
