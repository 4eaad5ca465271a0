import PoortwachterCore
import PoortwachterTemplates

/// The render context of what the RIV-toets weighs beyond the milestones: bekwaamheden, the
/// spoor-1 overview, the details of the arbeidsdeskundig onderzoek, the tweede spoor's profiles and
/// counts, and the loonsanctie. Texts pass the same redaction as every other document text.
struct AssessmentContext {
  let context: DossierContext

  private func date(_ value: CivilDate?) -> RenderValue { ContextValues.date(value) }
  private func person(_ value: Person?) -> RenderValue { context.person(value) }
  private func text(_ value: String?, _ path: FieldPath) -> RenderValue { context.text(value, at: path) }
  /// A list of texts, each redacted by its own path.
  private func texts(_ values: [String], _ path: (Int) -> FieldPath) -> RenderValue {
    .list(values.enumerated().map { RenderNode(["tekst": context.text($0.element, at: path($0.offset))]) })
  }

  /// `werknemer.bekwaamheden`.
  func bekwaamheden(_ value: Bekwaamheden?) -> RenderValue {
    guard let value, !value.isEmpty else { return .absent }
    return .node(
      RenderNode([
        "opleidingen": texts(value.opleidingen) { CaseDocuments.OtherPath.bekwaamheid("opleidingen", $0) },
        "werkervaring": texts(value.werkervaring) { CaseDocuments.OtherPath.bekwaamheid("werkervaring", $0) },
        "vaardigheden": texts(value.vaardigheden) { CaseDocuments.OtherPath.bekwaamheid("vaardigheden", $0) },
      ]))
  }

  /// `spoor_1`.
  func spoor1() -> RenderValue {
    guard let spoor1 = context.caseFile.spoor1 else { return .absent }
    let path = CaseDocumentKind.spoor1.path()
    return .node(
      RenderNode([
        "functies": .list(
          spoor1.functies.enumerated().map { index, f in
            RenderNode([
              "naam": .text(context.clean(f.naam) ?? f.naam),
              "passend": ContextValues.choice(f.passend, { $0.tekst }),
              "reden": text(f.reden, path.appending("functies").item(index).appending("reden")),
              "beoordeeld_op": date(f.beoordeeldOp), "beoordeeld_door": person(f.beoordeeldDoor),
            ])
          }),
        "conclusie": text(spoor1.conclusie, path.appending("conclusie")),
      ]))
  }

  /// The new keys of one arbeidsdeskundig onderzoek.
  func onderzoek(_ onderzoek: ArbeidsdeskundigOnderzoek, index: Int) -> KeyValuePairs<String, RenderValue> {
    let path = CaseDocumentKind.arbeidsdeskundigOnderzoek.path(index)
    let conclusions = onderzoek.conclusies.map { c -> RenderNode in
      let at = { (key: String) in path.appending("conclusies").appending(key) }
      return RenderNode([
        "eigen_werk": text(c.eigenWerk, at("eigen_werk")),
        "aangepast_werk": text(c.aangepastWerk, at("aangepast_werk")),
        "ander_werk": text(c.anderWerk, at("ander_werk")),
        "tweede_spoor": text(c.tweedeSpoor, at("tweede_spoor")),
      ])
    }
    return [
      "vraagstelling": text(onderzoek.vraagstelling, path.appending("vraagstelling")),
      "belastbaarheid": .optional(
        onderzoek.belastbaarheid.map {
          RenderNode(["bron": context.text($0.bron), "datum": date($0.datum)])
        }),
      "conclusies": .optional(conclusions),
      "adviezen": .list(
        onderzoek.adviezen.enumerated().map { i, a in
          let item = path.appending("adviezen").item(i)
          return RenderNode([
            "advies": text(a.advies, item.appending("advies")),
            "betreft": ContextValues.choice(a.betreft, { $0.tekst }),
            "opvolging": ContextValues.choice(a.opvolging, { $0.tekst }),
            "toelichting": text(a.toelichting, item.appending("toelichting")),
            "opvolging_op": date(a.opvolgingOp),
          ])
        }),
    ]
  }

  /// The new keys of the actueel oordeel.
  func actueelOordeel(_ ao: ActueelOordeel) -> KeyValuePairs<String, RenderValue> {
    let path = CaseDocumentKind.actueelOordeel.path()
    return [
      "benutbare_mogelijkheden": text(ao.benutbareMogelijkheden, path.appending("benutbare_mogelijkheden")),
      "prognose": text(ao.prognose, path.appending("prognose")),
      "advies": text(ao.advies, path.appending("advies")),
      "belastbaarheidsprofiel_op": date(ao.belastbaarheidsprofielOp),
    ]
  }

  /// The new keys of the tweede spoor.
  func tweedeSpoor(_ spoor: TweedeSpoor) -> KeyValuePairs<String, RenderValue> {
    let path = CaseDocumentKind.tweedeSpoor.path()
    let stuk = { (value: TweedeSpoor.Stuk?, key: String) -> RenderValue in
      .optional(
        value.map {
          RenderNode([
            "datum": date($0.datum), "opgesteld_door": person($0.opgesteldDoor),
            "samenvatting": text($0.samenvatting, path.appending(key).appending("samenvatting")),
          ])
        })
    }
    return [
      "persoonsprofiel": stuk(spoor.persoonsprofiel, "persoonsprofiel"),
      "zoekprofiel": stuk(spoor.zoekprofiel, "zoekprofiel"),
      "eindrapportage": stuk(spoor.eindrapportage, "eindrapportage"),
      "werkplan": .optional(
        spoor.werkplan.map {
          RenderNode([
            "datum": date($0.datum), "opgesteld_door": person($0.opgesteldDoor),
            "sollicitaties_per_week": ContextValues.number($0.sollicitatiesPerWeek),
            "vacatures_per_week": ContextValues.number($0.vacaturesPerWeek),
          ])
        }),
      "voortgang": .list(
        spoor.voortgang.map {
          RenderNode([
            "van": date($0.van), "tot": date($0.tot),
            "sollicitaties": ContextValues.number($0.sollicitaties.map(Double.init)),
            "vacatures": ContextValues.number($0.vacatures.map(Double.init)),
            "gesprekken": ContextValues.number($0.gesprekken.map(Double.init)),
          ])
        }),
      "evaluatie_werkgever": .optional(
        spoor.evaluatieWerkgever.map {
          RenderNode([
            "datum": date($0.datum), "opgesteld_door": person($0.opgesteldDoor),
            "oordeel": text($0.oordeel, path.appending("evaluatie_werkgever").appending("oordeel")),
          ])
        }),
    ]
  }

  /// `verzuim.loonsanctie`.
  func loonsanctie(_ sanction: Loonsanctie?) -> RenderValue {
    guard let sanction else { return .absent }
    return .node(
      RenderNode([
        "besluit_op": date(sanction.besluitOp), "weken": .text(String(sanction.weken)),
        "redenen": texts(sanction.redenen) {
          CaseDocuments.OtherPath.loonsanctie.appending("redenen").item($0)
        },
        "herstelplan": text(
          sanction.herstelplan, CaseDocuments.OtherPath.loonsanctie.appending("herstelplan")),
        "bekortingsverzoek_op": date(sanction.bekortingsverzoekOp),
        "origineel": context.text(sanction.origineel),
      ]))
  }
}
