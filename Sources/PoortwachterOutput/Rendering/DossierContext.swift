import PoortwachterCore
import PoortwachterTemplates

/// The render context of one dossier: an explicit, documented structure of keys (see
/// `docs/sjablonen.md`). Templates never see model types, so renaming a Swift property cannot silently
/// blank a field in a user's template.
package struct DossierContext {
  package let evaluation: CaseEvaluation
  /// The paths of the texts replaced by a notice (medical information never reaches `riv.html`).
  package let redacted: Set<FieldPath>
  /// The texts with medical terms that are shown without their path (a person's function, an
  /// address, a label), by value: only a value flagged wherever it occurs in the file, so UWV's
  /// question with the same words as a flagged evaluation stays (redaction follows paths).
  package let redactedValues: Set<String>

  /// The context of `evaluation`, with its medical texts redacted and BSNs in texts masked.
  package init(evaluation: CaseEvaluation) {
    self.evaluation = evaluation
    redacted = Set(evaluation.medicalTexts.map(\.path))
    var values: Set<String> = []
    if !evaluation.medicalTexts.isEmpty {
      let flagged = redacted
      let unflagged = Set(evaluation.loaded.freeTexts.filter { !flagged.contains($0.path) }.map(\.value))
      values = Set(evaluation.medicalTexts.map(\.text)).subtracting(unflagged)
    }
    redactedValues = values
  }

  /// The notice shown instead of a text with medical information.
  package static let redactionNotice =
    "[Tekst weggelaten: bevat medische gegevens die niet in het re-integratieverslag horen. Zie het controlerapport.]"
  /// Program name and version shown in the documents' footer.
  package static let program = "poortwachter \(ProgramVersion.number)"

  package var caseFile: CaseFile { evaluation.loaded.caseFile }
  package var timeline: Timeline { evaluation.timeline }

  private func node(_ values: KeyValuePairs<String, RenderValue>) -> RenderValue { .node(RenderNode(values)) }
  private func date(_ value: CivilDate?) -> RenderValue { ContextValues.date(value) }

  /// `value` as a template may show it: the notice for a value in ``redactedValues``, else with
  /// every number that passes the 11-proef masked (``Masking/maskBSNs(in:)``); the employee's own
  /// `bsn` field is the one text shown as it is.
  package func clean(_ value: String?) -> String? {
    guard let value else { return nil }
    if !redactedValues.isEmpty, redactedValues.contains(value) { return Self.redactionNotice }
    return Masking.maskBSNs(in: value)
  }

  /// A person, each part cleaned (see ``clean(_:)``).
  package func person(_ value: Person?) -> RenderValue {
    ContextValues.person(
      value.map {
        Person(naam: clean($0.naam), functie: clean($0.functie), organisatie: clean($0.organisatie))
      })
  }

  /// An address, each part cleaned (see ``clean(_:)``).
  package func address(_ value: Address?) -> RenderValue {
    ContextValues.address(
      value.map { Address(straat: clean($0.straat), postcode: clean($0.postcode), plaats: clean($0.plaats)) })
  }

  /// Text or absent.
  package func text(_ value: String?) -> RenderValue { ContextValues.text(clean(value)) }

  /// A document's text at `path`, or absent; a redacted text becomes the notice.
  package func text(_ value: String?, at path: FieldPath) -> RenderValue {
    guard value != nil, !redacted.isEmpty, redacted.contains(path) else { return text(value) }
    return .text(Self.redactionNotice)
  }

  /// The root of the context.
  package func build() -> RenderNode {
    let c = caseFile
    let root: KeyValuePairs<String, RenderValue> = [
      "kenmerk": .text(c.kenmerk), "formaat": .text(CaseFile.format), "programma": .text(Self.program),
      "peildatum": date(timeline.peildatum), "ziekteweek": .text(String(timeline.currentWeek)),
      "fase": phase(),
      "werkgever": employer(), "werknemer": employee(), "betrokkenen": stakeholders(),
      "verzuim": absence(), "mijlpalen": .list(milestones()),
      "tijdlijn": .node(TimelineDrawing(context: self).build()), "ziek_uit_dienst": leftWhileSick(),
      "visie_verplicht": .flag(c.verzuim.eersteZiektedag >= CaseDocumentKind.visieEffectiveDate),
      "spoor_1": AssessmentContext(context: self).spoor1(), "toets": ToetsContext.build(evaluation.toets),
    ]
    return RenderNode([root, DossierParts(context: self).build(), FindingsContext(context: self).build()])
  }

  /// `{ tekst, kort, is_lopend }`: where the case stands (``CasePhase``).
  private func phase() -> RenderValue {
    let phase = evaluation.phase
    return node([
      "tekst": .text(phase.text), "kort": .text(phase.shortText), "is_lopend": .flag(phase.isRunning),
    ])
  }

  /// `{ variant, tekst, laatste_werkdag }` when the employee left while sick, else absent.
  private func leftWhileSick() -> RenderValue {
    let exit = timeline.ziekUitDienst
    guard let variant = exit.variant else { return .absent }
    return node([
      "variant": .text(variant.rawValue), "tekst": .text(variant.title),
      "laatste_werkdag": date(exit.lastDayOfEmployment),
    ])
  }

  private func employer() -> RenderValue {
    guard let e = caseFile.werkgever else { return .absent }
    return node([
      "naam": text(e.naam), "loonheffingennummer": text(e.loonheffingennummer),
      "aard_bedrijf": text(e.aardBedrijf),
      "adres": address(e.adres), "contactpersoon": person(e.contactpersoon),
    ])
  }

  private func employee() -> RenderValue {
    let e = caseFile.werknemer
    return node([
      "naam": .text(clean(e.naam) ?? e.naam), "bsn": ContextValues.text(e.bsn?.digits),
      "bsn_gemaskeerd": text(e.bsn?.masked),
      "geboortedatum": date(e.geboortedatum), "adres": address(e.adres),
      "functie": text(e.functie),
      "uren_per_week": ContextValues.number(e.urenPerWeek), "in_dienst": date(e.inDienst),
      "uit_dienst": date(e.uitDienst),
      "bekwaamheden": AssessmentContext(context: self).bekwaamheden(e.bekwaamheden),
    ])
  }

  private func stakeholders() -> RenderValue {
    guard let b = caseFile.betrokkenen else { return .absent }
    return node([
      "casemanager": person(b.casemanager), "bedrijfsarts": person(b.bedrijfsarts),
      "arbeidsdeskundige": person(b.arbeidsdeskundige), "reintegratiebureau": person(b.reintegratiebureau),
    ])
  }

  private func absence() -> RenderValue {
    let v = caseFile.verzuim
    let restarts = timeline.calendar.restarts
    let extension_ = { (index: Int, e: Absence.Extension) -> RenderNode in
      RenderNode([
        "besluit_op": ContextValues.date(e.besluitOp), "weken": .text(String(e.weken)),
        "reden": self.text(e.reden, at: CaseDocuments.OtherPath.verlengingReden(index)),
        "akkoord_op": ContextValues.date(e.akkoordOp),
      ])
    }
    return node([
      "eerste_ziektedag": date(v.eersteZiektedag), "melding_bedrijfsarts": date(v.meldingBedrijfsarts),
      "eerste_ziektedag_wachttijd": date(timeline.calendar.firstSickDay),
      "onderbrekingen": .list(
        v.onderbrekingen.map {
          RenderNode([
            "hersteld_op": date($0.hersteldOp), "weer_ziek_op": date($0.weerZiekOp),
            "dagen": .text(String($0.gapDays)), "nieuwe_wachttijd": .flag(restarts.contains($0)),
          ])
        }),
      "volledig_hersteld_op": date(v.volledigHersteldOp),
      "werkhervattingen": .list(
        v.werkhervattingen.map {
          RenderNode([
            "vanaf": date($0.vanaf), "uren_per_week": ContextValues.number($0.urenPerWeek),
            "soort": ContextValues.choice($0.soort, { $0.tekst }),
          ])
        }),
      "verlengingen": .list(v.verlengingen.enumerated().map(extension_)),
      "loonsanctie": AssessmentContext(context: self).loonsanctie(v.loonsanctie),
      "vervroegde_iva_aangevraagd_op": date(v.vervroegdeIvaAangevraagdOp),
      "melding_ziek_uit_dienst": date(v.meldingZiekUitDienst),
    ])
  }

  private func milestones() -> [RenderNode] {
    timeline.milestones.map { row in
      RenderNode([
        "id": .text(row.id.rawValue), "titel": .text(row.id.title), "vanaf": date(row.vanaf),
        "uiterlijk": date(row.uiterlijk), "gedaan": date(row.gedaan), "status": .text(row.status.rawValue),
        "status_tekst": .text(statusText(row)), "basis": .text(row.basis),
        "is_op_tijd": .flag(row.status == .opTijd), "is_te_laat": .flag(row.status == .teLaat),
        "is_verlopen": .flag(row.status == .verlopen), "is_open": .flag(row.status == .open),
        "is_niet_van_toepassing": .flag(row.status == .nietVanToepassing),
        "is_te_vroeg": .flag(row.status == .teVroeg),
      ])
    }
  }

  /// The status words of a milestone (see ``StatusWords``), without the symbol: `te laat (12 dagen)`.
  package func statusText(_ row: Milestone) -> String {
    StatusWords(row, peildatum: timeline.peildatum).words
  }
}
