/// Reads what UWV's RIV-toets weighs beyond the milestones: the employee's bekwaamheden, the
/// spoor-1 overview of functions and the details of an arbeidsdeskundig onderzoek.
struct AssessmentDecoder {
  let decoder: CaseDecoder

  static let bekwaamhedenKeys = FormatCatalogue.keys("bekwaamheden")
  static let spoor1Keys = FormatCatalogue.keys("spoor_1")
  static let functieKeys = FormatCatalogue.keys("spoor1_functie")
  static let onderzoekKeys = FormatCatalogue.keys("arbeidsdeskundig_onderzoek")
  static let conclusiesKeys = FormatCatalogue.keys("ad_conclusies")
  static let adviesKeys = FormatCatalogue.keys("ad_advies")

  /// `werknemer.bekwaamheden`.
  func bekwaamheden(_ f: Fields) throws -> Bekwaamheden? {
    try f.object("bekwaamheden", keys: Self.bekwaamhedenKeys) { b in
      Bekwaamheden(
        opleidingen: try b.texts("opleidingen", item: "opleiding"),
        werkervaring: try b.texts("werkervaring", item: "ervaring"),
        vaardigheden: try b.texts("vaardigheden", item: "vaardigheid"))
    }
  }

  /// `spoor_1`.
  func spoor1(_ top: Fields) throws -> Spoor1? {
    try top.object("spoor_1", keys: Self.spoor1Keys) { f in
      let functies = try f.records("functies", item: "functie", keys: Self.functieKeys) {
        item -> Spoor1.Functie? in
        let naam = try item.string("naam", required: true)
        let value = Spoor1.Functie(
          naam: naam ?? "", passend: try item.choice("passend", Passendheid.self),
          reden: try item.string("reden"), beoordeeldOp: try item.date("beoordeeld_op"),
          beoordeeldDoor: try decoder.person(item, "beoordeeld_door"))
        return naam == nil ? nil : value
      }
      return Spoor1(functies: functies, conclusie: try f.string("conclusie"))
    }
  }

  /// One item of `arbeidsdeskundige_onderzoeken`.
  func onderzoek(_ f: Fields) throws -> ArbeidsdeskundigOnderzoek? {
    let datum = try f.date("datum", required: true)
    let author = try decoder.author(f)
    let conclusie = try f.string("conclusie")
    let advies = try f.choice("advies", TrackAdvice.self)
    let belastbaarheid = try f.object("belastbaarheid", keys: FormatCatalogue.keys("belastbaarheid")) { b in
      ArbeidsdeskundigOnderzoek.Belastbaarheid(bron: try b.string("bron"), datum: try b.date("datum"))
    }
    let conclusies = try f.object("conclusies", keys: Self.conclusiesKeys) { c in
      ArbeidsdeskundigOnderzoek.Conclusies(
        eigenWerk: try c.string("eigen_werk"), aangepastWerk: try c.string("aangepast_werk"),
        anderWerk: try c.string("ander_werk"), tweedeSpoor: try c.string("tweede_spoor"))
    }
    let adviezen = try f.records("adviezen", item: "advies", keys: Self.adviesKeys) {
      a -> ArbeidsdeskundigOnderzoek.Advies? in
      let text = try a.string("advies", required: true)
      var value = ArbeidsdeskundigOnderzoek.Advies(
        advies: text ?? "", betreft: try a.choice("betreft", AdviesOnderwerp.self),
        opvolging: try a.choice("opvolging", AdviesOpvolging.self), toelichting: try a.string("toelichting"))
      value.opvolgingOp = try a.date("opvolging_op")
      return text == nil ? nil : value
    }
    let vraagstelling = try f.string("vraagstelling")
    let origineel = try f.original()
    return datum.map {
      ArbeidsdeskundigOnderzoek(
        datum: $0, opgesteldDoor: author, conclusie: conclusie, advies: advies, origineel: origineel,
        vraagstelling: vraagstelling, belastbaarheid: belastbaarheid, conclusies: conclusies,
        adviezen: adviezen)
    }
  }
}
