import PoortwachterCore
import PoortwachterTemplates

/// The parts of the re-integratieverslag in the render context. Every part has the same state
/// keys (`staat`, `is_aanwezig`, `is_ontbrekend`, `is_nog_niet_nodig`, `is_niet_van_toepassing`,
/// `uiterlijk`) next to its own content, so a template can show a missing part as missing.
struct DossierParts {
  let context: DossierContext

  private func node(_ values: KeyValuePairs<String, RenderValue>) -> RenderValue { .node(RenderNode(values)) }
  private func date(_ value: CivilDate?) -> RenderValue { ContextValues.date(value) }
  private func text(_ value: String?) -> RenderValue { context.text(value) }
  /// A document's own text: redacted when it holds medical information.
  private func text(_ value: String?, _ kind: CaseDocumentKind, _ key: String, index: Int = 0)
    -> RenderValue
  {
    context.text(value, at: kind.path(index).appending(key))
  }
  private func person(_ value: Person?) -> RenderValue { context.person(value) }
  private func signatures(_ value: Signatures?) -> RenderValue { ContextValues.signatures(value) }

  /// The state keys of a part: present, or else what its milestone says.
  func state(present: Bool, _ milestone: Milestone.ID?) -> KeyValuePairs<String, RenderValue> {
    let row = milestone.flatMap { context.timeline[$0] }
    let staat: String
    if present {
      staat = "aanwezig"
    } else if row?.status == .nietVanToepassing {
      staat = "niet_van_toepassing"
    } else if row?.status == .verlopen {
      staat = "ontbreekt"
    } else {
      staat = "nog_niet_nodig"
    }
    return [
      "staat": .text(staat), "is_aanwezig": .flag(present), "is_ontbrekend": .flag(staat == "ontbreekt"),
      "is_nog_niet_nodig": .flag(staat == "nog_niet_nodig"),
      "is_niet_van_toepassing": .flag(staat == "niet_van_toepassing"),
      "uiterlijk": date(row?.uiterlijk),
    ]
  }

  /// A part: its own content first (so its keys win), then the state keys.
  private func part(_ milestone: Milestone.ID?, _ content: KeyValuePairs<String, RenderValue>?) -> RenderValue
  {
    .node(RenderNode([content ?? [:], state(present: content != nil, milestone)]))
  }

  /// A part whose content comes in groups (the first group's keys win).
  private func part(_ milestone: Milestone.ID?, groups: [KeyValuePairs<String, RenderValue>]?) -> RenderValue
  {
    .node(RenderNode((groups ?? []) + [state(present: groups != nil, milestone)]))
  }

  private func revisions(_ list: [Bijstelling], _ kind: CaseDocumentKind) -> RenderValue {
    .list(
      list.enumerated().map { index, revision in
        RenderNode([
          [
            "datum": date(revision.datum), "opgesteld_door": person(revision.opgesteldDoor),
            "toelichting": text(revision.toelichting, kind, "toelichting", index: index),
            "ondertekend": signatures(revision.ondertekend),
            "visie_werkgever": text(revision.visieWerkgever, kind, "visie_werkgever", index: index),
            "visie_werknemer": text(revision.visieWerknemer, kind, "visie_werknemer", index: index),
            "origineel": context.text(revision.origineel),
          ],
          // Always present (maybe empty), so a revision never shows the plan's own agreements.
          AgreementContext(context: context).values(revision.afspraken, at: kind.path(index)),
        ])
      })
  }

  private func dated(_ id: Milestone.ID, _ event: DatedEvent?) -> RenderValue {
    part(
      id,
      event.map {
        [
          "datum": date($0.datum),
          "reden_te_laat": context.text(
            $0.redenTeLaat, at: FieldPath(id.rawValue).appending("reden_te_laat")),
        ]
      })
  }

  /// Every part, keyed as in the case file.
  func build() -> KeyValuePairs<String, RenderValue> {
    let c = context.caseFile
    // The first evaluation is overdue as the periodic schedule defines it (the evaluation rules'
    // and the agenda's definition).
    let evaluationsDue =
      PeriodicSchedule.evaluations(c, timeline: context.timeline).map {
        $0.deadline(after: $0.moments[0].date) < $0.checkedUntil
      } ?? false
    return [
      "probleemanalyse": part(
        .probleemanalyse,
        c.probleemanalyse.map { pa in
          [
            "datum": date(pa.datum), "opgesteld_door": person(pa.opgesteldDoor),
            "benutbare_mogelijkheden": ContextValues.flag(pa.benutbareMogelijkheden),
            "mogelijkheden_en_beperkingen": text(
              pa.mogelijkhedenEnBeperkingen, .probleemanalyse, "mogelijkheden_en_beperkingen"),
            "prognose": text(pa.prognose, .probleemanalyse, "prognose"),
            "advies": text(pa.advies, .probleemanalyse, "advies"),
            "bijstellingen": revisions(pa.bijstellingen, .bijstellingProbleemanalyse),
            "origineel": context.text(pa.origineel),
            "reden_te_laat": text(pa.redenTeLaat, .probleemanalyse, "reden_te_laat"),
          ]
        }),
      "plan_van_aanpak": part(
        .planVanAanpak,
        groups: c.planVanAanpak.map { plan in
          [
            [
              "datum": date(plan.datum), "opgesteld_door": person(plan.opgesteldDoor),
              "ondertekend": signatures(plan.ondertekend),
              "doel": text(plan.doel, .planVanAanpak, "doel"),
              "visie_werkgever": text(plan.visieWerkgever, .planVanAanpak, "visie_werkgever"),
              "visie_werknemer": text(plan.visieWerknemer, .planVanAanpak, "visie_werknemer"),
              "bijstellingen": revisions(plan.bijstellingen, .bijstellingPlanVanAanpak),
              "origineel": context.text(plan.origineel),
              "reden_te_laat": text(plan.redenTeLaat, .planVanAanpak, "reden_te_laat"),
            ],
            AgreementContext(context: context).values(
              plan.afspraken, at: CaseDocumentKind.planVanAanpak.path()),
            PlanSummaryContext(context: context).plan(plan),
          ]
        }),
      "evaluaties": .list(
        c.evaluaties.enumerated().map { index, evaluatie in
          RenderNode([
            [
              "datum": date(evaluatie.datum), "opgesteld_door": person(evaluatie.opgesteldDoor),
              "verslag": text(evaluatie.verslag, .evaluatie, "verslag", index: index),
              "ondertekend": signatures(evaluatie.ondertekend),
              "origineel": context.text(evaluatie.origineel),
            ],
            AgreementContext(context: context).values(
              evaluatie.afspraken, at: CaseDocumentKind.evaluatie.path(index)),
          ])
        }),
      "evaluaties_ontbreken": .flag(c.evaluaties.isEmpty && evaluationsDue),
      "melding_42e_week": dated(.melding42eWeek, c.melding42eWeek),
      "arbeidsdeskundige_onderzoeken": .list(
        c.arbeidsdeskundigeOnderzoeken.enumerated().map { index, onderzoek in
          RenderNode([
            [
              "datum": date(onderzoek.datum), "opgesteld_door": person(onderzoek.opgesteldDoor),
              "conclusie": text(onderzoek.conclusie, .arbeidsdeskundigOnderzoek, "conclusie", index: index),
              "advies": ContextValues.choice(onderzoek.advies, { $0.tekst }),
              "origineel": context.text(onderzoek.origineel),
            ],
            AssessmentContext(context: context).onderzoek(onderzoek, index: index),
          ])
        }),
      "eerstejaarsevaluatie": part(
        .eerstejaarsevaluatie,
        c.eerstejaarsevaluatie.map { eje in
          [
            "datum": date(eje.datum), "opgesteld_door": person(eje.opgesteldDoor),
            "ondertekend": signatures(eje.ondertekend),
            "tweede_spoor_nodig": ContextValues.flag(eje.tweedeSpoorNodig),
            "toelichting": text(eje.toelichting, .eerstejaarsevaluatie, "toelichting"),
            "onderbouwing": text(eje.onderbouwing, .eerstejaarsevaluatie, "onderbouwing"),
            "reden_te_laat": text(eje.redenTeLaat, .eerstejaarsevaluatie, "reden_te_laat"),
            "visie_werkgever": text(eje.visieWerkgever, .eerstejaarsevaluatie, "visie_werkgever"),
            "visie_werknemer": text(eje.visieWerknemer, .eerstejaarsevaluatie, "visie_werknemer"),
            "origineel": context.text(eje.origineel),
          ]
        }),
      "tweede_spoor": part(
        .tweedeSpoor,
        groups: c.tweedeSpoor.map { [secondTrack($0), AssessmentContext(context: context).tweedeSpoor($0)] }),
      "deskundigenoordelen": .list(
        c.deskundigenoordelen.map {
          RenderNode([
            "aangevraagd_op": date($0.aangevraagdOp), "datum": date($0.datum),
            "aanvrager": ContextValues.choice($0.aanvrager, { $0.rawValue }), "vraag": text($0.vraag),
            "oordeel": text($0.oordeel), "opvolging": text($0.opvolging),
            "origineel": context.text($0.origineel),
          ])
        }),
      "actueel_oordeel": part(
        .actueelOordeel,
        groups: c.actueelOordeel.map { ao in
          [
            [
              "datum": date(ao.datum), "opgesteld_door": person(ao.opgesteldDoor),
              "arbeidsverhouding": text(ao.arbeidsverhouding, .actueelOordeel, "arbeidsverhouding"),
              "passend_werk_bij_werkgever": text(
                ao.passendWerkBijWerkgever, .actueelOordeel, "passend_werk_bij_werkgever"),
              "reden_te_laat": text(ao.redenTeLaat, .actueelOordeel, "reden_te_laat"),
              "origineel": context.text(ao.origineel),
            ], AssessmentContext(context: context).actueelOordeel(ao),
          ]
        }),
      "eindevaluatie": part(
        .eindevaluatie,
        groups: c.eindevaluatie.map { ev in
          [
            [
              "datum": date(ev.datum), "opgesteld_door": person(ev.opgesteldDoor),
              "ondertekend": signatures(ev.ondertekend),
              "toelichting": text(ev.toelichting, .eindevaluatie, "toelichting"),
              "visie_werkgever": text(ev.visieWerkgever, .eindevaluatie, "visie_werkgever"),
              "visie_werknemer": text(ev.visieWerknemer, .eindevaluatie, "visie_werknemer"),
              "origineel": context.text(ev.origineel),
              "reden_te_laat": text(ev.redenTeLaat, .eindevaluatie, "reden_te_laat"),
            ], PlanSummaryContext(context: context).overview(until: ev.datum),
          ]
        }),
      "oordeel_werknemer": part(
        .wiaAanvraag,
        c.oordeelWerknemer.map {
          ["datum": date($0.datum), "tekst": text($0.tekst), "origineel": context.text($0.origineel)]
        }),
      "riv_aan_werknemer": dated(.rivAanWerknemer, c.rivAanWerknemer),
      "wia_aanvraag": dated(.wiaAanvraag, c.wiaAanvraag),
    ]
  }

  private func secondTrack(_ spoor: TweedeSpoor) -> KeyValuePairs<String, RenderValue> {
    let track = CaseDocumentKind.tweedeSpoor.path()
    return [
      "gestart_op": date(spoor.gestartOp), "uitvoerder": person(spoor.uitvoerder),
      "vrijstelling": .optional(
        spoor.vrijstelling.map {
          RenderNode([
            "reden": ContextValues.choice($0.reden, { $0.tekst }),
            "toelichting": context.text(
              $0.toelichting, at: track.appending("vrijstelling").appending("toelichting")),
          ])
        }),
      "fasen": .list(
        spoor.fasen.map {
          RenderNode([
            "fase": ContextValues.choice($0.fase, { $0.tekst }), "van": date($0.van), "tot": date($0.tot),
          ])
        }),
      "activiteiten": .list(
        spoor.activiteiten.enumerated().map { index, activiteit in
          RenderNode([
            "datum": date(activiteit.datum), "soort": ContextValues.choice(activiteit.soort, { $0.tekst }),
            "omschrijving": context.text(
              activiteit.omschrijving,
              at: track.appending("activiteiten").item(index).appending("omschrijving")),
          ])
        }),
      "rapportages": .list(
        spoor.rapportages.enumerated().map { index, rapportage in
          RenderNode([
            "datum": date(rapportage.datum), "opgesteld_door": person(rapportage.opgesteldDoor),
            "samenvatting": text(
              rapportage.samenvatting, .tweedeSpoorRapportage, "samenvatting", index: index),
            "origineel": context.text(rapportage.origineel),
          ])
        }),
      "resultaat": text(spoor.resultaat, .tweedeSpoor, "resultaat"),
      "reden_te_laat": text(spoor.redenTeLaat, .tweedeSpoor, "reden_te_laat"),
    ]
  }
}
