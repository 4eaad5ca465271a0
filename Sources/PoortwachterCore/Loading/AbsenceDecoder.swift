/// Reads `verzuim`.
struct AbsenceDecoder {
  let context: DecodeContext

  static let keys = FormatCatalogue.keys("verzuim")
  static let extensionKeys = FormatCatalogue.keys("verlenging")
  static let sanctionKeys = FormatCatalogue.keys("loonsanctie")

  func decode(_ f: Fields) throws -> Absence? {
    let first = try f.date("eerste_ziektedag", required: true)
    let interruptions = try f.records(
      "onderbrekingen", item: "onderbreking", keys: FormatCatalogue.keys("onderbreking")
    ) { item -> Absence.Interruption? in
      let hersteld = try item.date("hersteld_op", required: true)
      let weerZiek = try item.date("weer_ziek_op", required: true)
      guard let hersteld, let weerZiek else { return nil }
      return Absence.Interruption(hersteldOp: hersteld, weerZiekOp: weerZiek)
    }
    let resumptions = try f.records(
      "werkhervattingen", item: "werkhervatting", keys: FormatCatalogue.keys("werkhervatting")
    ) { item -> Absence.Resumption? in
      let vanaf = try item.date("vanaf", required: true)
      let hours = try item.number("uren_per_week")
      let kind = try item.choice("soort", ResumptionKind.self)
      return vanaf.map { Absence.Resumption(vanaf: $0, urenPerWeek: hours, soort: kind) }
    }
    let extensions = try f.records("verlengingen", item: "verlenging", keys: Self.extensionKeys) {
      try extensionValue($0)
    }
    let sanction = try f.object("loonsanctie", keys: Self.sanctionKeys) { s -> Loonsanctie? in
      guard let base = try extensionValue(s) else { return nil }
      var sanction = Loonsanctie(
        besluitOp: base.besluitOp, weken: base.weken, redenen: try s.texts("redenen", item: "reden"),
        herstelplan: try s.string("herstelplan"), bekortingsverzoekOp: try s.date("bekortingsverzoek_op"))
      sanction.origineel = try s.original()
      return sanction
    }
    let melding = try f.date("melding_bedrijfsarts")
    let hersteld = try f.date("volledig_hersteld_op")
    let iva = try f.date("vervroegde_iva_aangevraagd_op")
    let ziekUitDienst = try f.date("melding_ziek_uit_dienst")
    // Without the first sick day there is no absence: its absence is already reported.
    guard let first else { return nil }
    return Absence(
      eersteZiektedag: first, meldingBedrijfsarts: melding, onderbrekingen: interruptions,
      volledigHersteldOp: hersteld, werkhervattingen: resumptions, verlengingen: extensions,
      loonsanctie: sanction, vervroegdeIvaAangevraagdOp: iva, meldingZiekUitDienst: ziekUitDienst)
  }

  private func extensionValue(_ f: Fields) throws -> Absence.Extension? {
    let decided = try f.date("besluit_op")
    guard let weeks = try f.number("weken", whole: true, required: true) else { return nil }
    guard weeks >= 1, weeks <= 104 else {
      try context.bag.add(
        "invoer.waarde", at: f.location(of: "weken"),
        "'\(f.path.appending("weken").display)' moet tussen 1 en 104 weken liggen, gevonden \(Int(exactly: weeks).map(String.init) ?? String(weeks))"
      )
      return nil
    }
    var value = Absence.Extension(besluitOp: decided, weken: Int(weeks))
    // Only a verlenging allows these keys; for a loonsanctie they read as absent.
    value.reden = try f.string("reden")
    value.akkoordOp = try f.date("akkoord_op")
    return value
  }
}
