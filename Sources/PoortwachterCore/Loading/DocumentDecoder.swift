/// Reads the dated documents of the re-integratieverslag.
struct DocumentDecoder {
  let context: DecodeContext
  let decoder: CaseDecoder

  static let bijstellingKeys = FormatCatalogue.keys("bijstelling")

  private func bijstellingen(_ f: Fields) throws -> [Bijstelling] {
    try f.records("bijstellingen", item: "bijstelling", keys: Self.bijstellingKeys) { b in
      let datum = try b.date("datum", required: true)
      let value = Bijstelling(
        datum: datum ?? CivilDate(dayNumber: 0), opgesteldDoor: try decoder.author(b),
        toelichting: try b.string("toelichting"), ondertekend: try decoder.signatures(b),
        visieWerkgever: try b.string("visie_werkgever"), visieWerknemer: try b.string("visie_werknemer"),
        origineel: try b.original())
      return datum == nil ? nil : value
    }
  }

  func probleemanalyse(_ top: Fields) throws -> Probleemanalyse? {
    let keys = FormatCatalogue.keys("probleemanalyse")
    return try top.object("probleemanalyse", keys: keys) { f in
      let datum = try f.date("datum", required: true)
      var value = Probleemanalyse(
        datum: datum ?? CivilDate(dayNumber: 0), opgesteldDoor: try decoder.author(f),
        benutbareMogelijkheden: try f.bool("benutbare_mogelijkheden"),
        mogelijkhedenEnBeperkingen: try f.string("mogelijkheden_en_beperkingen"),
        prognose: try f.string("prognose"), advies: try f.string("advies"),
        bijstellingen: try bijstellingen(f))
      value.redenTeLaat = try f.string("reden_te_laat")
      value.origineel = try f.original()
      return datum == nil ? nil : value
    }
  }

  func planVanAanpak(_ top: Fields) throws -> PlanVanAanpak? {
    let keys = FormatCatalogue.keys("plan_van_aanpak")
    return try top.object("plan_van_aanpak", keys: keys) { f in
      let datum = try f.date("datum", required: true)
      let afspraken = try f.list("afspraken", item: "afspraak") { node, path in
        let text = try context.text(node, path)?.quicklyTrimmed
        if let text, !text.isEmpty { f.recordText(text, key: "afspraken", at: path) }
        return text
      }
      var value = PlanVanAanpak(
        datum: datum ?? CivilDate(dayNumber: 0), opgesteldDoor: try decoder.author(f),
        ondertekend: try decoder.signatures(f), doel: try f.string("doel"), afspraken: afspraken,
        visieWerkgever: try f.string("visie_werkgever"), visieWerknemer: try f.string("visie_werknemer"),
        bijstellingen: try bijstellingen(f))
      value.redenTeLaat = try f.string("reden_te_laat")
      value.origineel = try f.original()
      return datum == nil ? nil : value
    }
  }

  func evaluaties(_ top: Fields) throws -> [Evaluatie] {
    try top.records(
      "evaluaties", item: "evaluatie", keys: FormatCatalogue.keys("evaluatie")
    ) { f in
      let datum = try f.date("datum", required: true)
      let author = try decoder.author(f)
      let verslag = try f.string("verslag")
      let origineel = try f.original()
      return datum.map { Evaluatie(datum: $0, opgesteldDoor: author, verslag: verslag, origineel: origineel) }
    }
  }

  func arbeidsdeskundigeOnderzoeken(_ top: Fields) throws -> [ArbeidsdeskundigOnderzoek] {
    let assessment = AssessmentDecoder(decoder: decoder)
    return try top.records(
      "arbeidsdeskundige_onderzoeken", item: "onderzoek", keys: AssessmentDecoder.onderzoekKeys
    ) { try assessment.onderzoek($0) }
  }

  func eerstejaarsevaluatie(_ top: Fields) throws -> Eerstejaarsevaluatie? {
    let keys = FormatCatalogue.keys("eerstejaarsevaluatie")
    return try top.object("eerstejaarsevaluatie", keys: keys) { f in
      let datum = try f.date("datum", required: true)
      var value = Eerstejaarsevaluatie(
        datum: datum ?? CivilDate(dayNumber: 0), opgesteldDoor: try decoder.author(f),
        ondertekend: try decoder.signatures(f), tweedeSpoorNodig: try f.bool("tweede_spoor_nodig"),
        toelichting: try f.string("toelichting"), onderbouwing: try f.string("onderbouwing"),
        visieWerkgever: try f.string("visie_werkgever"), visieWerknemer: try f.string("visie_werknemer"))
      value.redenTeLaat = try f.string("reden_te_laat")
      value.origineel = try f.original()
      return datum == nil ? nil : value
    }
  }

  func deskundigenoordelen(_ top: Fields) throws -> [Deskundigenoordeel] {
    let keys = FormatCatalogue.keys("deskundigenoordeel")
    return try top.records("deskundigenoordelen", item: "deskundigenoordeel", keys: keys) { f in
      Deskundigenoordeel(
        aangevraagdOp: try f.date("aangevraagd_op"), datum: try f.date("datum"),
        aanvrager: try f.choice("aanvrager", Aanvrager.self), vraag: try f.string("vraag"),
        oordeel: try f.string("oordeel"), opvolging: try f.string("opvolging"),
        origineel: try f.original())
    }
  }

  func actueelOordeel(_ top: Fields) throws -> ActueelOordeel? {
    let keys = FormatCatalogue.keys("actueel_oordeel")
    return try top.object("actueel_oordeel", keys: keys) { f in
      let datum = try f.date("datum", required: true)
      var value = ActueelOordeel(
        datum: datum ?? CivilDate(dayNumber: 0), opgesteldDoor: try decoder.author(f),
        arbeidsverhouding: try f.string("arbeidsverhouding"),
        passendWerkBijWerkgever: try f.string("passend_werk_bij_werkgever"))
      value.benutbareMogelijkheden = try f.string("benutbare_mogelijkheden")
      value.prognose = try f.string("prognose")
      value.advies = try f.string("advies")
      value.belastbaarheidsprofielOp = try f.date("belastbaarheidsprofiel_op")
      value.redenTeLaat = try f.string("reden_te_laat")
      value.origineel = try f.original()
      return datum == nil ? nil : value
    }
  }

  func eindevaluatie(_ top: Fields) throws -> Eindevaluatie? {
    let keys = FormatCatalogue.keys("eindevaluatie")
    return try top.object("eindevaluatie", keys: keys) { f in
      let datum = try f.date("datum", required: true)
      var value = Eindevaluatie(
        datum: datum ?? CivilDate(dayNumber: 0), opgesteldDoor: try decoder.author(f),
        ondertekend: try decoder.signatures(f), toelichting: try f.string("toelichting"),
        visieWerkgever: try f.string("visie_werkgever"), visieWerknemer: try f.string("visie_werknemer"))
      value.redenTeLaat = try f.string("reden_te_laat")
      value.origineel = try f.original()
      return datum == nil ? nil : value
    }
  }
}
