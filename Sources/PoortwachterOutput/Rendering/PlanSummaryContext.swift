import PoortwachterCore
import PoortwachterTemplates

/// What the plan van aanpak and the eindevaluatie show beyond their own text, from data the case
/// already holds: for the plan its casemanager, bedrijfsarts and the date the first evaluation is
/// due (``PeriodicSchedule``); for the eindevaluatie an overview of spoor 1 (werkhervattingen) and
/// spoor 2 (start, activities by kind, rapportages, result) up to its date.
package struct PlanSummaryContext {
  let context: DossierContext

  /// `casemanager`, `bedrijfsarts` (persons) and `volgende_evaluatie` (a date: the plan date plus
  /// at most 42 sick days, the evaluation rhythm of the one periodic schedule).
  package func plan(_ plan: PlanVanAanpak) -> KeyValuePairs<String, RenderValue> {
    self.plan(dated: plan.datum)
  }

  /// The same for a plan or a bijstelling of it dated `datum`: the next evaluation is due at most
  /// 42 sick days after it.
  package func plan(dated datum: CivilDate) -> KeyValuePairs<String, RenderValue> {
    let c = context.caseFile
    let schedule = PeriodicSchedule.evaluations(c, timeline: context.timeline)
    let next = schedule.map { $0.deadline(after: datum) }
    return [
      "casemanager": context.person(c.betrokkenen?.casemanager),
      "bedrijfsarts": context.person(c.betrokkenen?.bedrijfsarts),
      "volgende_evaluatie": ContextValues.date(next),
    ]
  }

  /// `overzicht { spoor_1 { werkhervattingen, is_leeg }, spoor_2 { ... } }` for the eindevaluatie
  /// dated `datum`: only what happened on or before it.
  package func overview(until datum: CivilDate) -> KeyValuePairs<String, RenderValue> {
    let c = context.caseFile
    let resumptions = c.verzuim.werkhervattingen.filter { $0.vanaf <= datum }.map {
      RenderNode([
        "vanaf": ContextValues.date($0.vanaf), "uren_per_week": ContextValues.number($0.urenPerWeek),
        "soort": ContextValues.choice($0.soort, { $0.tekst }),
      ])
    }
    let spoor1 = RenderNode([
      "werkhervattingen": .list(resumptions), "is_leeg": .flag(resumptions.isEmpty),
      "uren_per_week": ContextValues.number(c.werknemer.urenPerWeek),
    ])
    return ["overzicht": .node(RenderNode(["spoor_1": .node(spoor1), "spoor_2": secondTrack(until: datum)]))]
  }

  private func secondTrack(until datum: CivilDate) -> RenderValue {
    guard let spoor = c2 else { return .absent }
    if let exemption = spoor.vrijstelling {
      return .node(
        RenderNode([
          "vrijstelling": .text(exemption.reden.tekst), "is_vrijgesteld": .flag(true),
        ]))
    }
    let activities = spoor.activiteiten.filter { $0.datum <= datum }
    // Per kind, in the order of the format's list of kinds.
    let counts = ActiviteitSoort.allCases.map { kind in (kind, activities.filter { $0.soort == kind }.count) }
      .filter { $0.1 > 0 }
    let reports = spoor.rapportages.filter { $0.datum <= datum }.map {
      RenderNode(["datum": ContextValues.date($0.datum), "opgesteld_door": context.person($0.opgesteldDoor)])
    }
    return .node(
      RenderNode([
        "gestart_op": ContextValues.date(spoor.gestartOp), "uitvoerder": context.person(spoor.uitvoerder),
        "activiteiten": .list(
          counts.map { RenderNode(["soort": .text($0.0.tekst), "aantal": .text(String($0.1))]) }),
        "activiteiten_totaal": .text(String(activities.count)),
        "rapportages": .list(reports), "rapportages_totaal": .text(String(reports.count)),
        "resultaat": context.text(
          spoor.resultaat, at: CaseDocumentKind.tweedeSpoor.path().appending("resultaat")),
        "is_vrijgesteld": .flag(false),
      ]))
  }

  private var c2: TweedeSpoor? { context.caseFile.tweedeSpoor }
}
