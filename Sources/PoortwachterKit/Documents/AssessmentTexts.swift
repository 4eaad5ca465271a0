/// The free texts of the spoor-1 overview, the arbeidsdeskundige's conclusions and advices and the
/// tweede spoor's profiles, so the privacy scan and the redaction see them like every other text.
enum AssessmentTexts {
  static func spoor1(_ spoor1: Spoor1) -> [CaseText] {
    let path = CaseDocumentKind.spoor1.path().appending("functies")
    return spoor1.functies.enumerated().compactMap { index, functie in
      functie.reden.map { CaseText(path: path.item(index).appending("reden"), value: $0) }
    }
  }

  static func onderzoek(_ onderzoek: ArbeidsdeskundigOnderzoek, at path: FieldPath) -> [CaseText] {
    var texts: [CaseText] = []
    if let c = onderzoek.conclusies {
      let conclusions: [(String, String?)] = [
        ("eigen_werk", c.eigenWerk), ("aangepast_werk", c.aangepastWerk), ("ander_werk", c.anderWerk),
        ("tweede_spoor", c.tweedeSpoor),
      ]
      for (key, value) in conclusions {
        if let value {
          texts.append(CaseText(path: path.appending("conclusies").appending(key), value: value))
        }
      }
    }
    for (index, advies) in onderzoek.adviezen.enumerated() {
      let item = path.appending("adviezen").item(index)
      texts.append(CaseText(path: item.appending("advies"), value: advies.advies))
      if let toelichting = advies.toelichting {
        texts.append(CaseText(path: item.appending("toelichting"), value: toelichting))
      }
    }
    return texts
  }

  static func tweedeSpoor(_ spoor: TweedeSpoor) -> [CaseText] {
    let path = CaseDocumentKind.tweedeSpoor.path()
    let stukken: [(String, String?)] = [
      ("persoonsprofiel", spoor.persoonsprofiel?.samenvatting),
      ("zoekprofiel", spoor.zoekprofiel?.samenvatting),
      ("eindrapportage", spoor.eindrapportage?.samenvatting),
    ]
    var texts = stukken.compactMap { key, value in
      value.map { CaseText(path: path.appending(key).appending("samenvatting"), value: $0) }
    }
    if let oordeel = spoor.evaluatieWerkgever?.oordeel {
      texts.append(CaseText(path: path.appending("evaluatie_werkgever").appending("oordeel"), value: oordeel))
    }
    return texts
  }
}
