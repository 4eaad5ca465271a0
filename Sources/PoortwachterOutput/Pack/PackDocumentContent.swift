import PoortwachterCore
import PoortwachterTemplates

/// The content keys of one UWV document: the key of its kind holds the document's fields (same
/// names as in the case file), every other kind's key is absent, so one template with a section per
/// kind serves all of them. Texts with medical information become the dossier's notice.
struct PackDocumentContent {
  let context: DossierContext
  let document: PackDocument

  private var c: CaseFile { context.caseFile }
  private var i: Int { document.index }
  private func text(_ value: String?, _ key: String) -> RenderValue {
    context.text(value, at: document.path.appending(key))
  }
  private func date(_ value: CivilDate?) -> RenderValue { ContextValues.date(value) }
  private func node(_ values: KeyValuePairs<String, RenderValue>) -> RenderValue { .node(RenderNode(values)) }

  func build() -> KeyValuePairs<String, RenderValue> {
    let mine = content()
    func part(_ kind: CaseDocumentKind) -> RenderValue { kind == document.kind ? mine : .absent }
    return [
      "probleemanalyse": part(.probleemanalyse),
      "bijstelling_probleemanalyse": part(.bijstellingProbleemanalyse),
      "plan_van_aanpak": part(.planVanAanpak), "bijstelling_plan_van_aanpak": part(.bijstellingPlanVanAanpak),
      "evaluatie": part(.evaluatie), "arbeidsdeskundig_rapport": part(.arbeidsdeskundigOnderzoek),
      "eerstejaarsevaluatie": part(.eerstejaarsevaluatie),
      "rapportage_tweede_spoor": part(.tweedeSpoorRapportage),
      "actueel_oordeel": part(.actueelOordeel),
      "eindevaluatie": part(.eindevaluatie), "oordeel_werknemer": part(.oordeelWerknemer),
    ]
  }

  private func views() -> KeyValuePairs<String, RenderValue> {
    [
      "visie_werkgever": text(document.source.visieWerkgever, "visie_werkgever"),
      "visie_werknemer": text(document.source.visieWerknemer, "visie_werknemer"),
    ]
  }

  private func content() -> RenderValue {
    switch document.kind {
    case .probleemanalyse:
      guard let pa = c.probleemanalyse else { return .absent }
      return node([
        "benutbare_mogelijkheden": ContextValues.flag(pa.benutbareMogelijkheden),
        "mogelijkheden_en_beperkingen": text(pa.mogelijkhedenEnBeperkingen, "mogelijkheden_en_beperkingen"),
        "prognose": text(pa.prognose, "prognose"), "advies": text(pa.advies, "advies"),
      ])
    case .bijstellingProbleemanalyse:
      guard let pa = c.probleemanalyse, i < pa.bijstellingen.count else { return .absent }
      return revision(pa.bijstellingen[i], of: pa.datum)
    case .bijstellingPlanVanAanpak:
      guard let plan = c.planVanAanpak, i < plan.bijstellingen.count else { return .absent }
      return revision(plan.bijstellingen[i], of: plan.datum)
    case .planVanAanpak:
      guard let plan = c.planVanAanpak else { return .absent }
      let agreements = AgreementContext(context: context).values(plan.afspraken, at: document.path)
      let summary = PlanSummaryContext(context: context).plan(plan)
      return .node(RenderNode([["doel": text(plan.doel, "doel")], agreements, summary, views()]))
    case .evaluatie:
      let agreements = AgreementContext(context: context).values(c.evaluaties[i].afspraken, at: document.path)
      return .node(RenderNode([["verslag": text(c.evaluaties[i].verslag, "verslag")], agreements]))
    case .arbeidsdeskundigOnderzoek:
      let o = c.arbeidsdeskundigeOnderzoeken[i]
      return .node(
        RenderNode([
          [
            "conclusie": text(o.conclusie, "conclusie"),
            "advies": ContextValues.choice(o.advies, { $0.tekst }),
          ],
          AssessmentContext(context: context).onderzoek(o, index: i),
        ]))
    case .eerstejaarsevaluatie:
      guard let eje = c.eerstejaarsevaluatie else { return .absent }
      return .node(
        RenderNode([
          [
            "tweede_spoor_nodig": ContextValues.flag(eje.tweedeSpoorNodig),
            "toelichting": text(eje.toelichting, "toelichting"),
          ],
          views(),
        ]))
    case .tweedeSpoorRapportage:
      guard let spoor = c.tweedeSpoor else { return .absent }
      return node([
        "samenvatting": text(spoor.rapportages[i].samenvatting, "samenvatting"),
        "uitvoerder": context.person(spoor.uitvoerder), "gestart_op": date(spoor.gestartOp),
      ])
    case .actueelOordeel:
      guard let ao = c.actueelOordeel else { return .absent }
      return .node(
        RenderNode([
          [
            "arbeidsverhouding": text(ao.arbeidsverhouding, "arbeidsverhouding"),
            "passend_werk_bij_werkgever": text(ao.passendWerkBijWerkgever, "passend_werk_bij_werkgever"),
          ],
          AssessmentContext(context: context).actueelOordeel(ao),
        ]))
    case .eindevaluatie:
      guard let ev = c.eindevaluatie else { return .absent }
      let overview = PlanSummaryContext(context: context).overview(until: ev.datum)
      return .node(RenderNode([["toelichting": text(ev.toelichting, "toelichting")], overview, views()]))
    case .oordeelWerknemer:
      return node(["tekst": context.text(c.oordeelWerknemer?.tekst)])
    case .tweedeSpoor, .spoor1, .deskundigenoordeel:
      // Not generated: the tweede spoor goes as its rapportages, spoor 1 is part of the plan and
      // its evaluations, a deskundigenoordeel (UWV's own document) only as the original.
      return .absent
    }
  }

  private func revision(_ b: Bijstelling, of original: CivilDate) -> RenderValue {
    .node(
      RenderNode([
        ["toelichting": text(b.toelichting, "toelichting"), "oorspronkelijke_datum": date(original)], views(),
        AgreementContext(context: context).values(b.afspraken, at: document.path),
      ]))
  }
}
