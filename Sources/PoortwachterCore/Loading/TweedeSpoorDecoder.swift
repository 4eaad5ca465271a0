/// Reads `tweede_spoor`.
struct TweedeSpoorDecoder {
  let decoder: CaseDecoder

  static let keys = FormatCatalogue.keys("tweede_spoor")
  static let stukKeys = FormatCatalogue.keys("spoor2_stuk")
  static let werkplanKeys = FormatCatalogue.keys("werkplan")
  static let voortgangKeys = FormatCatalogue.keys("voortgang")

  func decode(_ top: Fields) throws -> TweedeSpoor? {
    try top.object("tweede_spoor", keys: Self.keys) { f in
      let vrijstelling = try f.object("vrijstelling", keys: FormatCatalogue.keys("vrijstelling")) {
        v -> TweedeSpoor.Vrijstelling? in
        let reden = try v.choice("reden", VrijstellingReden.self, required: true)
        let toelichting = try v.string("toelichting")
        return reden.map { TweedeSpoor.Vrijstelling(reden: $0, toelichting: toelichting) }
      }
      let fasen = try f.records("fasen", item: "fase", keys: FormatCatalogue.keys("fase")) {
        p -> TweedeSpoor.Fase? in
        let fase = try p.choice("fase", TweedeSpoorFaseSoort.self, required: true)
        let van = try p.date("van", required: true)
        let tot = try p.date("tot")
        guard let fase, let van else { return nil }
        return TweedeSpoor.Fase(fase: fase, van: van, tot: tot)
      }
      let activiteiten = try f.records(
        "activiteiten", item: "activiteit", keys: FormatCatalogue.keys("activiteit")
      ) { a -> TweedeSpoor.Activiteit? in
        let datum = try a.date("datum", required: true)
        let soort = try a.choice("soort", ActiviteitSoort.self, required: true)
        let omschrijving = try a.string("omschrijving")
        guard let datum, let soort else { return nil }
        return TweedeSpoor.Activiteit(datum: datum, soort: soort, omschrijving: omschrijving)
      }
      let rapportages = try f.records(
        "rapportages", item: "rapportage", keys: FormatCatalogue.keys("rapportage")
      ) { r -> TweedeSpoor.Rapportage? in
        let datum = try r.date("datum", required: true)
        let author = try decoder.author(r)
        let samenvatting = try r.string("samenvatting")
        let origineel = try r.original()
        return datum.map {
          TweedeSpoor.Rapportage(
            datum: $0, opgesteldDoor: author, samenvatting: samenvatting, origineel: origineel)
        }
      }
      var spoor = TweedeSpoor(
        gestartOp: try f.date("gestart_op"), uitvoerder: try decoder.person(f, "uitvoerder"),
        vrijstelling: vrijstelling, fasen: fasen, activiteiten: activiteiten, rapportages: rapportages,
        resultaat: try f.string("resultaat"), redenTeLaat: try f.string("reden_te_laat"))
      try details(f, into: &spoor)
      return spoor
    }
  }

  /// The profiles, werkplan, counts and closing documents.
  private func details(_ f: Fields, into spoor: inout TweedeSpoor) throws {
    spoor.persoonsprofiel = try stuk(f, "persoonsprofiel")
    spoor.zoekprofiel = try stuk(f, "zoekprofiel")
    spoor.eindrapportage = try stuk(f, "eindrapportage")
    spoor.werkplan = try f.object("werkplan", keys: Self.werkplanKeys) { w in
      try w.date("datum", required: true).map {
        TweedeSpoor.Werkplan(
          datum: $0, opgesteldDoor: try decoder.author(w),
          sollicitatiesPerWeek: try perWeek(w, "sollicitaties_per_week"),
          vacaturesPerWeek: try perWeek(w, "vacatures_per_week"))
      }
    }
    spoor.voortgang = try f.records("voortgang", item: "periode", keys: Self.voortgangKeys) {
      v -> TweedeSpoor.Voortgang? in
      let van = try v.date("van", required: true)
      let tot = try v.date("tot", required: true)
      let count = { (key: String) in try self.count(v, key) }
      if let van, let tot, tot < van {
        try decoder.context.bag.add(
          "invoer.waarde", at: v.location(of: "tot"),
          "'\(v.path.appending("tot").display)' (\(tot)) ligt vóór 'van' (\(van)); draai de data om")
        return nil
      }
      let counts = (
        sollicitaties: try count("sollicitaties"), vacatures: try count("vacatures"),
        gesprekken: try count("gesprekken")
      )
      guard let van, let tot else { return nil }
      return TweedeSpoor.Voortgang(
        van: van, tot: tot, sollicitaties: counts.sollicitaties, vacatures: counts.vacatures,
        gesprekken: counts.gesprekken)
    }
    spoor.evaluatieWerkgever = try f.object(
      "evaluatie_werkgever", keys: FormatCatalogue.keys("evaluatie_werkgever")
    ) { e in
      try e.date("datum", required: true).map {
        TweedeSpoor.EvaluatieWerkgever(
          datum: $0, opgesteldDoor: try decoder.author(e), oordeel: try e.string("oordeel"))
      }
    }
  }

  /// A count of one period: a whole number up to ``maxCount``.
  private func count(_ f: Fields, _ key: String) throws -> Int? {
    guard let number = try f.number(key, whole: true) else { return nil }
    guard let value = Int(exactly: number), value <= Self.maxCount else {
      try decoder.context.bag.add(
        "invoer.waarde", at: f.location(of: key),
        "'\(f.path.appending(key).display)' moet een aantal van 0 tot \(Self.maxCount) zijn")
      return nil
    }
    return value
  }

  /// The largest count a period can hold.
  static let maxCount = 10_000

  /// The most a werkplan can promise per week.
  static let maxPerWeek = 100

  /// A number per week of a werkplan, from 0 to ``maxPerWeek``.
  private func perWeek(_ f: Fields, _ key: String) throws -> Double? {
    guard let number = try f.number(key) else { return nil }
    guard number <= Double(Self.maxPerWeek) else {
      try decoder.context.bag.add(
        "invoer.waarde", at: f.location(of: key),
        "'\(f.path.appending(key).display)' moet tussen 0 en \(Self.maxPerWeek) per week liggen")
      return nil
    }
    return number
  }

  private func stuk(_ f: Fields, _ key: String) throws -> TweedeSpoor.Stuk? {
    try f.object(key, keys: Self.stukKeys) { s in
      try s.date("datum", required: true).map {
        TweedeSpoor.Stuk(
          datum: $0, opgesteldDoor: try decoder.author(s), samenvatting: try s.string("samenvatting"))
      }
    }
  }
}
