/// The content keys of one UWV document: the key of its kind holds the document's fields (same
/// names as in the case file), every other kind's key is absent, so one template with a section per
/// kind serves all of them.
struct PackDocumentContent {
  let context: DossierContext
  let document: PackDocument

  private var c: CaseFile { context.caseFile }
  private func text(_ value: String?) -> RenderValue { context.text(value) }
  private func date(_ value: CivilDate?) -> RenderValue { ContextValues.date(value) }
  private func node(_ values: KeyValuePairs<String, RenderValue>) -> RenderValue { .node(RenderNode(values)) }

  func build() -> KeyValuePairs<String, RenderValue> {
    let mine = content()
    func part(_ kind: PackDocument.Kind) -> RenderValue { kind == document.kind ? mine : .absent }
    return [
      "probleemanalyse": part(.probleemanalyse),
      "bijstelling_probleemanalyse": part(.bijstellingProbleemanalyse),
      "plan_van_aanpak": part(.planVanAanpak), "bijstelling_plan_van_aanpak": part(.bijstellingPlanVanAanpak),
      "evaluatie": part(.evaluatie), "arbeidsdeskundig_rapport": part(.arbeidsdeskundigRapport),
      "eerstejaarsevaluatie": part(.eerstejaarsevaluatie),
      "rapportage_tweede_spoor": part(.tweedeSpoorRapportage),
      "deskundigenoordeel": part(.deskundigenoordeel), "actueel_oordeel": part(.actueelOordeel),
      "eindevaluatie": part(.eindevaluatie), "oordeel_werknemer": part(.oordeelWerknemer),
    ]
  }

  private func views(_ employer: String?, _ employee: String?) -> KeyValuePairs<String, RenderValue> {
    ["visie_werkgever": text(employer), "visie_werknemer": text(employee)]
  }

  private func content() -> RenderValue {
    let i = document.index
    switch document.kind {
    case .probleemanalyse:
      guard let pa = c.probleemanalyse else { return .absent }
      return node([
        "benutbare_mogelijkheden": ContextValues.flag(pa.benutbareMogelijkheden),
        "mogelijkheden_en_beperkingen": text(pa.mogelijkhedenEnBeperkingen), "prognose": text(pa.prognose),
        "advies": text(pa.advies),
      ])
    case .bijstellingProbleemanalyse, .bijstellingPlanVanAanpak:
      let list =
        document.kind == .bijstellingPlanVanAanpak
        ? c.planVanAanpak?.bijstellingen : c.probleemanalyse?.bijstellingen
      guard let b = list?[i] else { return .absent }
      return .node(
        RenderNode([
          ["toelichting": text(b.toelichting)], views(b.visieWerkgever, b.visieWerknemer),
          [
            "oorspronkelijke_datum": date(
              document.kind == .bijstellingPlanVanAanpak ? c.planVanAanpak?.datum : c.probleemanalyse?.datum)
          ],
        ]))
    case .planVanAanpak:
      guard let plan = c.planVanAanpak else { return .absent }
      return .node(
        RenderNode([
          [
            "doel": text(plan.doel),
            "afspraken": .list(plan.afspraken.map { RenderNode(["tekst": text($0)]) }),
          ],
          views(plan.visieWerkgever, plan.visieWerknemer),
        ]))
    case .evaluatie:
      return node(["verslag": text(c.evaluaties[i].verslag)])
    case .arbeidsdeskundigRapport:
      let o = c.arbeidsdeskundigeOnderzoeken[i]
      return node(["conclusie": text(o.conclusie), "advies": ContextValues.choice(o.advies, { $0.tekst })])
    case .eerstejaarsevaluatie:
      guard let eje = c.eerstejaarsevaluatie else { return .absent }
      return .node(
        RenderNode([
          [
            "tweede_spoor_nodig": ContextValues.flag(eje.tweedeSpoorNodig),
            "toelichting": text(eje.toelichting),
          ],
          views(eje.visieWerkgever, eje.visieWerknemer),
        ]))
    case .tweedeSpoorRapportage:
      guard let spoor = c.tweedeSpoor else { return .absent }
      return node([
        "samenvatting": text(spoor.rapportages[i].samenvatting),
        "uitvoerder": ContextValues.person(spoor.uitvoerder),
        "gestart_op": date(spoor.gestartOp),
      ])
    case .deskundigenoordeel:
      let d = c.deskundigenoordelen[i]
      return node(["vraag": text(d.vraag), "oordeel": text(d.oordeel), "opvolging": text(d.opvolging)])
    case .actueelOordeel:
      guard let ao = c.actueelOordeel else { return .absent }
      return node([
        "arbeidsverhouding": text(ao.arbeidsverhouding),
        "passend_werk_bij_werkgever": text(ao.passendWerkBijWerkgever),
      ])
    case .eindevaluatie:
      guard let ev = c.eindevaluatie else { return .absent }
      return .node(
        RenderNode([["toelichting": text(ev.toelichting)], views(ev.visieWerkgever, ev.visieWerknemer)]))
    case .oordeelWerknemer:
      return node(["tekst": text(c.oordeelWerknemer?.tekst)])
    }
  }
}
