/// The render context of one dossier: an explicit, documented structure of keys (see the README,
/// "Sjablonen"). Templates never see model types, so renaming a Swift property cannot silently
/// blank a field in a user's template.
struct DossierContext {
  let evaluation: CaseEvaluation
  let log: KeyLog
  /// Texts replaced by a notice (medical information never reaches `riv.html`).
  var redacted: Set<String> = []

  /// The notice shown instead of a text with medical information.
  static let redactionNotice =
    "[Tekst weggelaten: bevat medische gegevens die niet in het re-integratieverslag horen. Zie het controlerapport.]"
  /// Program name and version shown in the documents' footer.
  static let program = "poortwachter 0.1.0"

  var caseFile: CaseFile { evaluation.loaded.caseFile }
  var timeline: Timeline { evaluation.timeline }

  func node(_ values: [String: Any]) -> RenderNode { RenderNode(values, log: log) }
  func date(_ value: CivilDate?) -> Any { ContextValues.date(value, log) }
  func person(_ value: Person?) -> Any { ContextValues.person(value, log) }
  func text(_ value: String?) -> Any {
    guard let value, !redacted.isEmpty, redacted.contains(value) else { return ContextValues.text(value) }
    return Self.redactionNotice
  }

  /// The root of the context.
  func build() -> RenderNode {
    let c = caseFile
    var root: [String: Any] = [
      "kenmerk": c.kenmerk, "formaat": CaseFile.format, "programma": Self.program,
      "peildatum": date(timeline.peildatum), "ziekteweek": String(timeline.currentWeek),
      "werkgever": employer(), "werknemer": employee(), "betrokkenen": stakeholders(),
      "verzuim": absence(), "mijlpalen": milestones(), "tijdlijn": TimelineDrawing(context: self).build(),
      "ziek_uit_dienst": leftWhileSick(),
      "visie_verplicht": c.verzuim.eersteZiektedag
        >= (CivilDate(year: 2023, month: 7, day: 1) ?? c.verzuim.eersteZiektedag),
    ]
    for (key, value) in DossierParts(context: self).build() { root[key] = value }
    for (key, value) in FindingsContext(context: self).build() { root[key] = value }
    return node(root)
  }

  /// `{ variant, tekst, laatste_werkdag }` when the employee left while sick, else absent.
  private func leftWhileSick() -> Any {
    let exit = ZiekUitDienst(caseFile: caseFile, calendar: timeline.calendar)
    guard let variant = exit.variant else { return RenderNode.absent }
    return node([
      "variant": variant.rawValue, "tekst": variant.title, "laatste_werkdag": date(exit.lastDayOfEmployment),
    ])
  }

  private func employer() -> Any {
    guard let e = caseFile.werkgever else { return RenderNode.absent }
    return node([
      "naam": text(e.naam), "loonheffingennummer": text(e.loonheffingennummer),
      "aard_bedrijf": text(e.aardBedrijf),
      "adres": ContextValues.address(e.adres, log), "contactpersoon": person(e.contactpersoon),
    ])
  }

  private func employee() -> RenderNode {
    let e = caseFile.werknemer
    return node([
      "naam": e.naam, "bsn": text(e.bsn?.digits), "bsn_gemaskeerd": text(e.bsn?.masked),
      "geboortedatum": date(e.geboortedatum), "adres": ContextValues.address(e.adres, log),
      "functie": text(e.functie),
      "uren_per_week": ContextValues.number(e.urenPerWeek), "in_dienst": date(e.inDienst),
      "uit_dienst": date(e.uitDienst),
    ])
  }

  private func stakeholders() -> Any {
    guard let b = caseFile.betrokkenen else { return RenderNode.absent }
    return node([
      "casemanager": person(b.casemanager), "bedrijfsarts": person(b.bedrijfsarts),
      "arbeidsdeskundige": person(b.arbeidsdeskundige), "reintegratiebureau": person(b.reintegratiebureau),
    ])
  }

  private func absence() -> RenderNode {
    let v = caseFile.verzuim
    let restarts = timeline.calendar.restarts
    let extension_ = { (e: Absence.Extension) -> RenderNode in
      self.node(["besluit_op": self.date(e.besluitOp), "weken": String(e.weken)])
    }
    return node([
      "eerste_ziektedag": date(v.eersteZiektedag), "melding_bedrijfsarts": date(v.meldingBedrijfsarts),
      "eerste_ziektedag_wachttijd": date(timeline.calendar.firstSickDay),
      "onderbrekingen": v.onderbrekingen.map {
        node([
          "hersteld_op": date($0.hersteldOp), "weer_ziek_op": date($0.weerZiekOp),
          "dagen": String($0.gapDays),
          "nieuwe_wachttijd": restarts.contains($0),
        ])
      },
      "volledig_hersteld_op": date(v.volledigHersteldOp),
      "werkhervattingen": v.werkhervattingen.map {
        node([
          "vanaf": date($0.vanaf), "uren_per_week": ContextValues.number($0.urenPerWeek),
          "soort": ContextValues.choice($0.soort, { $0.tekst }, log),
        ])
      },
      "verlengingen": v.verlengingen.map(extension_),
      "loonsanctie": v.loonsanctie.map { extension_($0) as Any } ?? RenderNode.absent,
      "vervroegde_iva_aangevraagd_op": date(v.vervroegdeIvaAangevraagdOp),
    ])
  }

  private func milestones() -> [RenderNode] {
    timeline.milestones.map { row in
      node([
        "id": row.id.rawValue, "titel": row.id.title, "vanaf": date(row.vanaf),
        "uiterlijk": date(row.uiterlijk),
        "gedaan": date(row.gedaan), "status": row.status.rawValue, "status_tekst": statusText(row),
        "basis": row.basis, "is_op_tijd": row.status == .opTijd, "is_te_laat": row.status == .teLaat,
        "is_verlopen": row.status == .verlopen, "is_open": row.status == .open,
        "is_niet_van_toepassing": row.status == .nietVanToepassing, "is_te_vroeg": row.status == .teVroeg,
      ])
    }
  }

  /// `op tijd`, `te laat (12 dagen)`, `verlopen (5 dagen)`, `open (nog 9 dagen)`.
  func statusText(_ row: Milestone) -> String {
    let peildatum = timeline.peildatum
    switch row.status {
    case .opTijd: return "op tijd"
    case .teLaat: return "te laat (\(DutchDate.days(row.daysLate(asOf: peildatum))))"
    case .verlopen:
      return row.id == .eindeWachttijd
        ? "verstreken" : "verlopen (\(DutchDate.days(row.daysLate(asOf: peildatum))))"
    case .open: return "open (nog \(DutchDate.days(peildatum.days(until: row.uiterlijk))))"
    case .nietVanToepassing: return "niet van toepassing"
    case .teVroeg: return "te vroeg (vóór week 46)"
    }
  }
}
