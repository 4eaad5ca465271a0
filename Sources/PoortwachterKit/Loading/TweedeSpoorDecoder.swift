/// Reads `tweede_spoor`.
struct TweedeSpoorDecoder {
  let decoder: CaseDecoder

  static let keys = [
    "gestart_op", "uitvoerder", "vrijstelling", "fasen", "activiteiten", "rapportages", "resultaat",
    "reden_te_laat",
  ]

  func decode(_ top: Fields) throws -> TweedeSpoor? {
    try top.object("tweede_spoor", keys: Self.keys) { f in
      let vrijstelling = try f.object("vrijstelling", keys: ["reden", "toelichting"]) {
        v -> TweedeSpoor.Vrijstelling? in
        let reden = try v.choice("reden", VrijstellingReden.self, required: true)
        let toelichting = try v.string("toelichting")
        return reden.map { TweedeSpoor.Vrijstelling(reden: $0, toelichting: toelichting) }
      }
      let fasen = try f.records("fasen", item: "fase", keys: ["fase", "van", "tot"]) {
        p -> TweedeSpoor.Fase? in
        let fase = try p.choice("fase", TweedeSpoorFaseSoort.self, required: true)
        let van = try p.date("van", required: true)
        let tot = try p.date("tot")
        guard let fase, let van else { return nil }
        return TweedeSpoor.Fase(fase: fase, van: van, tot: tot)
      }
      let activiteiten = try f.records(
        "activiteiten", item: "activiteit", keys: ["datum", "soort", "omschrijving"]
      ) { a -> TweedeSpoor.Activiteit? in
        let datum = try a.date("datum", required: true)
        let soort = try a.choice("soort", ActiviteitSoort.self, required: true)
        let omschrijving = try a.string("omschrijving")
        guard let datum, let soort else { return nil }
        return TweedeSpoor.Activiteit(datum: datum, soort: soort, omschrijving: omschrijving)
      }
      let rapportages = try f.records(
        "rapportages", item: "rapportage", keys: ["datum", "opgesteld_door", "samenvatting", "origineel"]
      ) { r -> TweedeSpoor.Rapportage? in
        let datum = try r.date("datum", required: true)
        let author = try decoder.author(r)
        let samenvatting = try r.string("samenvatting")
        let origineel = try r.string("origineel")
        return datum.map {
          TweedeSpoor.Rapportage(
            datum: $0, opgesteldDoor: author, samenvatting: samenvatting, origineel: origineel)
        }
      }
      return TweedeSpoor(
        gestartOp: try f.date("gestart_op"), uitvoerder: try decoder.person(f, "uitvoerder"),
        vrijstelling: vrijstelling, fasen: fasen, activiteiten: activiteiten, rapportages: rapportages,
        resultaat: try f.string("resultaat"), redenTeLaat: try f.string("reden_te_laat"))
    }
  }
}
