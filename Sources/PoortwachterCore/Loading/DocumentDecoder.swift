/// Reads the dated documents of the re-integratieverslag.
struct DocumentDecoder {
  let context: DecodeContext
  let decoder: CaseDecoder

  static let bijstellingKeys = FormatCatalogue.keys("bijstelling")

  private func bijstellingen(_ f: Fields) throws -> [Bijstelling] {
    try f.records("bijstellingen", item: "bijstelling", keys: Self.bijstellingKeys) { b in
      let datum = try b.date("datum", required: true)
      let author = try decoder.author(b)
      let toelichting = try b.string("toelichting")
      let ondertekend = try decoder.signatures(b)
      let agreements = try afspraken(b)
      let visies = (werkgever: try b.string("visie_werkgever"), werknemer: try b.string("visie_werknemer"))
      let origineel = try b.original()
      // Without its date the item is not read: the missing date is already reported.
      guard let datum else { return nil }
      return Bijstelling(
        datum: datum, opgesteldDoor: author, toelichting: toelichting, ondertekend: ondertekend,
        afspraken: agreements, visieWerkgever: visies.werkgever, visieWerknemer: visies.werknemer,
        origineel: origineel)
    }
  }

  static let afspraakKeys = FormatCatalogue.keys("afspraak")

  /// `afspraken`: each item a plain text or `{ activiteit, wie, wanneer, status }`.
  func afspraken(_ f: Fields) throws -> [Afspraak] {
    try f.list("afspraken", item: "afspraak") { node, path in
      if case .mapping = node.content {
        guard let item = try context.fields(node, path, keys: Self.afspraakKeys) else { return nil }
        let activiteit = try item.string("activiteit", required: true)
        let (wie, wanneer) = (try item.string("wie"), try item.string("wanneer"))
        let status = try item.choice("status", Afspraak.Status.self)
        guard let activiteit else { return nil }
        return Afspraak(activiteit: activiteit, wie: wie, wanneer: wanneer, status: status)
      }
      let text = try context.text(node, path)?.quicklyTrimmed
      guard let text, !text.isEmpty else { return nil }
      f.recordText(text, key: "afspraken", at: path)
      return Afspraak(text)
    }
  }

  func probleemanalyse(_ top: Fields) throws -> Probleemanalyse? {
    let keys = FormatCatalogue.keys("probleemanalyse")
    return try top.object("probleemanalyse", keys: keys) { f in
      let datum = try f.date("datum", required: true)
      let author = try decoder.author(f)
      let benutbaar = try f.bool("benutbare_mogelijkheden")
      let mogelijkheden = try f.string("mogelijkheden_en_beperkingen")
      let (prognose, advies) = (try f.string("prognose"), try f.string("advies"))
      let bijstellingen = try bijstellingen(f)
      let (redenTeLaat, origineel) = (try f.string("reden_te_laat"), try f.original())
      guard let datum else { return nil }
      var value = Probleemanalyse(
        datum: datum, opgesteldDoor: author, benutbareMogelijkheden: benutbaar,
        mogelijkhedenEnBeperkingen: mogelijkheden, prognose: prognose, advies: advies,
        bijstellingen: bijstellingen)
      value.redenTeLaat = redenTeLaat
      value.origineel = origineel
      return value
    }
  }

  func planVanAanpak(_ top: Fields) throws -> PlanVanAanpak? {
    let keys = FormatCatalogue.keys("plan_van_aanpak")
    return try top.object("plan_van_aanpak", keys: keys) { f in
      let datum = try f.date("datum", required: true)
      let afspraken = try afspraken(f)
      let author = try decoder.author(f)
      let (ondertekend, doel) = (try decoder.signatures(f), try f.string("doel"))
      let visies = (werkgever: try f.string("visie_werkgever"), werknemer: try f.string("visie_werknemer"))
      let bijstellingen = try bijstellingen(f)
      let (redenTeLaat, origineel) = (try f.string("reden_te_laat"), try f.original())
      guard let datum else { return nil }
      var value = PlanVanAanpak(
        datum: datum, opgesteldDoor: author, ondertekend: ondertekend, doel: doel, afspraken: afspraken,
        visieWerkgever: visies.werkgever, visieWerknemer: visies.werknemer, bijstellingen: bijstellingen)
      value.redenTeLaat = redenTeLaat
      value.origineel = origineel
      return value
    }
  }

  func evaluaties(_ top: Fields) throws -> [Evaluatie] {
    try top.records(
      "evaluaties", item: "evaluatie", keys: FormatCatalogue.keys("evaluatie")
    ) { f in
      let datum = try f.date("datum", required: true)
      let author = try decoder.author(f)
      let verslag = try f.string("verslag")
      let (ondertekend, agreements) = (try decoder.signatures(f), try afspraken(f))
      let origineel = try f.original()
      return datum.map {
        Evaluatie(
          datum: $0, opgesteldDoor: author, verslag: verslag, ondertekend: ondertekend, afspraken: agreements,
          origineel: origineel)
      }
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
      let (author, ondertekend) = (try decoder.author(f), try decoder.signatures(f))
      let tweedeSpoorNodig = try f.bool("tweede_spoor_nodig")
      let (toelichting, onderbouwing) = (try f.string("toelichting"), try f.string("onderbouwing"))
      let visies = (werkgever: try f.string("visie_werkgever"), werknemer: try f.string("visie_werknemer"))
      let (redenTeLaat, origineel) = (try f.string("reden_te_laat"), try f.original())
      guard let datum else { return nil }
      var value = Eerstejaarsevaluatie(
        datum: datum, opgesteldDoor: author, ondertekend: ondertekend, tweedeSpoorNodig: tweedeSpoorNodig,
        toelichting: toelichting, onderbouwing: onderbouwing, visieWerkgever: visies.werkgever,
        visieWerknemer: visies.werknemer)
      value.redenTeLaat = redenTeLaat
      value.origineel = origineel
      return value
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
      let author = try decoder.author(f)
      let arbeidsverhouding = try f.string("arbeidsverhouding")
      let passendWerk = try f.string("passend_werk_bij_werkgever")
      let benutbaar = try f.string("benutbare_mogelijkheden")
      let (prognose, advies) = (try f.string("prognose"), try f.string("advies"))
      let profielOp = try f.date("belastbaarheidsprofiel_op")
      let (redenTeLaat, origineel) = (try f.string("reden_te_laat"), try f.original())
      guard let datum else { return nil }
      var value = ActueelOordeel(
        datum: datum, opgesteldDoor: author, arbeidsverhouding: arbeidsverhouding,
        passendWerkBijWerkgever: passendWerk)
      value.benutbareMogelijkheden = benutbaar
      value.prognose = prognose
      value.advies = advies
      value.belastbaarheidsprofielOp = profielOp
      value.redenTeLaat = redenTeLaat
      value.origineel = origineel
      return value
    }
  }

  func eindevaluatie(_ top: Fields) throws -> Eindevaluatie? {
    let keys = FormatCatalogue.keys("eindevaluatie")
    return try top.object("eindevaluatie", keys: keys) { f in
      let datum = try f.date("datum", required: true)
      let (author, ondertekend) = (try decoder.author(f), try decoder.signatures(f))
      let toelichting = try f.string("toelichting")
      let visies = (werkgever: try f.string("visie_werkgever"), werknemer: try f.string("visie_werknemer"))
      let (redenTeLaat, origineel) = (try f.string("reden_te_laat"), try f.original())
      guard let datum else { return nil }
      var value = Eindevaluatie(
        datum: datum, opgesteldDoor: author, ondertekend: ondertekend, toelichting: toelichting,
        visieWerkgever: visies.werkgever, visieWerknemer: visies.werknemer)
      value.redenTeLaat = redenTeLaat
      value.origineel = origineel
      return value
    }
  }
}
