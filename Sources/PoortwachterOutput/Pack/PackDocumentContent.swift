import PoortwachterCore
import PoortwachterTemplates

/// The content keys of one generated UWV document: the key of its kind holds the document's fields
/// (same names as in the case file), every other kind's key is absent, so one template with a
/// section per kind serves all of them. Only the joint documents (drafts to sign) and the
/// employee's form have content: an expert document (probleemanalyse, actueel oordeel,
/// arbeidsdeskundig rapport, rapportage tweede spoor, deskundigenoordeel) is never written by the
/// tool, only sent as its original (rules.md, "The UWV upload"). Texts with medical information
/// become the dossier's notice (and such a draft is not made).
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
    // An expert document gets no content, whatever a caller asks for.
    let mine = document.role == .gezamenlijk || document.role == .werknemer ? content() : .absent
    func part(_ kind: CaseDocumentKind) -> RenderValue { kind == document.kind ? mine : .absent }
    return [
      "plan_van_aanpak": part(.planVanAanpak), "bijstelling_plan_van_aanpak": part(.bijstellingPlanVanAanpak),
      "evaluatie": part(.evaluatie), "eerstejaarsevaluatie": part(.eerstejaarsevaluatie),
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
    case .bijstellingPlanVanAanpak:
      guard let plan = c.planVanAanpak, i < plan.bijstellingen.count else { return .absent }
      let revision = plan.bijstellingen[i]
      return .node(
        RenderNode([
          [
            "toelichting": text(revision.toelichting, "toelichting"),
            "oorspronkelijke_datum": date(plan.datum),
          ],
          PlanSummaryContext(context: context).plan(dated: revision.datum), views(),
          AgreementContext(context: context).values(revision.afspraken, at: document.path),
        ]))
    case .planVanAanpak:
      guard let plan = c.planVanAanpak else { return .absent }
      let agreements = AgreementContext(context: context).values(plan.afspraken, at: document.path)
      let summary = PlanSummaryContext(context: context).plan(plan)
      return .node(RenderNode([["doel": text(plan.doel, "doel")], agreements, summary, views()]))
    case .evaluatie:
      let agreements = AgreementContext(context: context).values(c.evaluaties[i].afspraken, at: document.path)
      return .node(RenderNode([["verslag": text(c.evaluaties[i].verslag, "verslag")], agreements]))
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
    case .eindevaluatie:
      guard let ev = c.eindevaluatie else { return .absent }
      let overview = PlanSummaryContext(context: context).overview(until: ev.datum)
      return .node(RenderNode([["toelichting": text(ev.toelichting, "toelichting")], overview, views()]))
    case .oordeelWerknemer:
      return node(["tekst": context.text(c.oordeelWerknemer?.tekst)])
    case .probleemanalyse, .bijstellingProbleemanalyse, .arbeidsdeskundigOnderzoek, .tweedeSpoorRapportage,
      .actueelOordeel, .deskundigenoordeel, .tweedeSpoor, .spoor1:
      // Expert documents only as their originals; the tweede spoor goes as its rapportages,
      // spoor 1 is part of the plan and its evaluations.
      return .absent
    }
  }
}
