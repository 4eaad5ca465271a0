/// Works out ``UploadRequirements`` for one case: which variant, from when, and which documents.
struct UploadRequirementsBuilder {
  let caseFile: CaseFile
  let timeline: Timeline
  let documents: CaseDocuments

  private var calendar: SickDayCalendar { timeline.calendar }
  private var peildatum: CivilDate { timeline.peildatum }

  /// The parts and reports of a full re-integratieverslag in RIV order, with the milestone whose
  /// deadline applies to the required ones (`nil`: taken along when present).
  static let rivOrder: [(CaseDocumentKind, Milestone.ID?)] = [
    (.probleemanalyse, .probleemanalyse), (.bijstellingProbleemanalyse, nil),
    (.planVanAanpak, .planVanAanpak), (.bijstellingPlanVanAanpak, nil), (.evaluatie, nil),
    (.arbeidsdeskundigOnderzoek, nil), (.eerstejaarsevaluatie, .eerstejaarsevaluatie), (.spoor1, nil),
    (.tweedeSpoorRapportage, nil), (.deskundigenoordeel, nil), (.actueelOordeel, .actueelOordeel),
    (.eindevaluatie, .eindevaluatie), (.oordeelWerknemer, nil),
  ]

  func make() -> UploadRequirements {
    let c = caseFile
    let exit = timeline.ziekUitDienst
    if exit.variant == .geen, let last = exit.lastDayOfEmployment {
      return none(
        "geen re-integratieverslag nodig: het dienstverband eindigde op \(DutchDate.long(last)), binnen "
          + "6 weken na de eerste ziektedag (ziek uit dienst)")
    }
    if let sanction = c.verzuim.loonsanctie { return bekorting(sanction) }
    if timeline[.rivAanWerknemer]?.status == .nietVanToepassing {
      if let recovered = c.verzuim.volledigHersteldOp {
        return none(
          "geen re-integratieverslag nodig: volledig hersteld op \(DutchDate.long(recovered)), voordat het "
            + "verslag nodig was")
      }
      return none("geen re-integratieverslag nodig in deze casus")
    }
    let week68 = calendar.lastDay(ofWeek: 68)
    if let applied = c.verzuim.vervroegdeIvaAangevraagdOp, applied <= week68, applied <= peildatum,
      c.wiaAanvraag == nil, exit.variant == nil, peildatum < wiaFrom
    {
      return iva(applied, week68: week68)
    }
    if exit.variant == .verkort || exit.variant == .volledig { return ziekUitDienst(exit) }
    return wia()
  }

  // MARK: Variants

  /// UWV's letter about the WIA application comes in week 88 (moved by a verlenging).
  private var wiaFrom: CivilDate {
    calendar.firstDay(ofWeek: 88).adding(days: 7 * caseFile.verzuim.verlengingWeeks)
  }

  private func wia() -> UploadRequirements {
    let c = caseFile
    var deadline: CivilDate?
    let termijn: String
    if let applied = c.wiaAanvraag?.datum, applied <= peildatum {
      deadline = applied.adding(days: 1)
      termijn = "uiterlijk 1 dag nadat de werknemer de WIA-uitkering aanvroeg op \(DutchDate.long(applied))"
    } else {
      deadline = timeline[.wiaAanvraag].map { $0.uiterlijk.adding(days: 1) }
      termijn =
        "de WIA-aanvraag staat nog niet in de casus: uploaden uiterlijk 1 dag na de aanvraag; hier is de "
        + "laatste aanvraagdag aangehouden"
    }
    var notes: [String] = []
    let renewal = VerlengingRenewal(absence: c.verzuim, calendar: calendar)
    if let renewal, let wia = timeline[.wiaAanvraag], let riv = timeline[.eindevaluatie] {
      notes.append(
        "Na de vrijwillige verlenging van \(renewal.weeks) weken (art. 24 WIA) vraagt de werknemer de "
          + "WIA-uitkering uiterlijk \(DutchDate.long(wia.uiterlijk)) aan (art. 64 lid 3 WIA). Het actueel "
          + "oordeel en de eindevaluatie van het verlengingsverzoek en het oordeel van de werknemer daarop "
          + "tellen daarvoor niet: alle drie opnieuw, gedateerd na \(DutchDate.long(renewal.cutoff)) en uiterlijk \(DutchDate.long(riv.uiterlijk))."
      )
    }
    if let applied = c.verzuim.vervroegdeIvaAangevraagdOp {
      notes.append(
        "Er is op \(DutchDate.long(applied)) een vervroegde IVA-uitkering aangevraagd; zonder toekenning "
          + "geldt de gewone route met het volledige re-integratieverslag.")
    }
    // Once the application is made, the verslag is what existed by the upload day: a later
    // evaluation or rapportage belongs to the time after it, not to this upload.
    let until = (c.wiaAanvraag.map { $0.datum <= peildatum } ?? false) ? deadline : nil
    return UploadRequirements(
      moment: .wiaAanvraag, noUpload: nil, from: wiaFrom, uploadBy: deadline, termijn: termijn,
      documents: rivDocuments(employeeJudgementRequired: true, until: until),
      notCounted: notCounted(renewal: renewal, until: until), notDemanded: notDemanded(), notes: notes)
  }

  private func ziekUitDienst(_ exit: ZiekUitDienst) -> UploadRequirements {
    let full = exit.variant == .volledig
    return UploadRequirements(
      moment: full ? .ziekUitDienstVolledig : .ziekUitDienstVerkort, noUpload: nil,
      from: exit.lastDayOfEmployment, uploadBy: nil,
      termijn: "binnen 2 weken nadat u de brief van UWV over de Ziektewet-aanvraag heeft ontvangen",
      documents: rivDocuments(employeeJudgementRequired: full), notCounted: notCounted(renewal: nil),
      notDemanded: notDemanded(),
      notes: [
        "Het dienstverband eindigde op \(exit.lastDayOfEmployment.map(DutchDate.long) ?? "-") tijdens de "
          + "ziekte: UWV vraagt het \(exit.variant?.title ?? "re-integratieverslag") voor de Ziektewet."
      ])
  }

  private func iva(_ applied: CivilDate, week68: CivilDate) -> UploadRequirements {
    let kinds: [CaseDocumentKind] = [
      .probleemanalyse, .bijstellingProbleemanalyse, .planVanAanpak, .bijstellingPlanVanAanpak,
    ]
    let required = kinds.compactMap { kind -> RequiredDocument? in
      let found = counted(documents.of(kind))
      return found.isEmpty ? nil : item(kind, .bijlage, milestone: nil, found)
    }
    let reason = "niet nodig bij een vervroegde IVA-aanvraag (geen volledig re-integratieverslag)"
    return UploadRequirements(
      moment: .vervroegdeIva, noUpload: nil, from: applied, uploadBy: nil,
      termijn:
        "de werknemer vroeg de IVA-uitkering aan op \(DutchDate.long(applied)) (uiterlijk einde week 68: "
        + "\(DutchDate.long(week68))); stuur wat UWV opvraagt binnen de termijn van de brief",
      documents: required, notCounted: notCounted(renewal: nil),
      notDemanded: [.eerstejaarsevaluatie, .actueelOordeel, .eindevaluatie, .oordeelWerknemer].map {
        ($0, reason)
      },
      notes: [
        "Bij een vervroegde IVA-aanvraag (art. 23 lid 6 en art. 66 WIA) vraagt UWV geen volledig "
          + "re-integratieverslag: de werknemer stuurt een verklaring van de bedrijfsarts mee dat hij "
          + "volledig en duurzaam arbeidsongeschikt is. Eerstejaarsevaluatie, actueel oordeel en "
          + "eindevaluatie zijn dan niet nodig.",
        "Kent UWV de IVA niet toe, dan loopt de gewone wachttijd door en is bij de WIA-aanvraag (uiterlijk "
          + "\(timeline[.wiaAanvraag].map { DutchDate.long($0.uiterlijk) } ?? "week 93")) het volledige "
          + "re-integratieverslag nodig.",
      ])
  }

  private func bekorting(_ sanction: Loonsanctie) -> UploadRequirements {
    let decided = sanction.besluitOp
    var items = [
      RequiredDocument(
        kind: .loonsanctieBesluit, role: .uwv, supplier: "UWV (het besluit zoals ontvangen)",
        necessity: .verplicht, milestone: nil, documents: [], origineel: sanction.origineel)
    ]
    var before: [NotCountedDocument] = []
    for (kind, _) in Self.rivOrder {
      var after: [CaseDocument] = []
      for document in counted(documents.of(kind)) {
        if let decided, let date = document.datum, date <= decided {
          before.append(
            NotCountedDocument(
              document: document,
              reason:
                "van vóór het loonsanctiebesluit van \(DutchDate.long(decided)); UWV heeft het al beoordeeld")
          )
        } else {
          after.append(document)
        }
      }
      if !after.isEmpty { items.append(item(kind, .bijlage, milestone: nil, after)) }
    }
    var notes = [
      "Er loopt een loonsanctie van \(sanction.weken) weken"
        + (decided.map { " (besluit van UWV van \(DutchDate.long($0)))" } ?? "")
        + ": de wachttijd eindigt op "
        + (timeline[.eindeWachttijd].map { DutchDate.long($0.uiterlijk) } ?? "-")
        + ". Het re-integratieverslag is al bij UWV; wat nu telt is het herstel. Met het bekortingsverzoek "
        + "(art. 25 lid 12 WIA) stuurt u het besluit en de documenten van na het besluit die het herstel laten zien."
    ]
    if items.count == 1 {
      notes.append(
        "Er staat nog geen document van na het besluit in de casus: leg het herstel vast (bijstelling van het "
          + "plan van aanpak, evaluaties, rapportages) voordat u het bekortingsverzoek indient.")
    }
    let termijn =
      sanction.bekortingsverzoekOp.map { "met het bekortingsverzoek van \(DutchDate.long($0))" }
      ?? "met het bekortingsverzoek, zodra het herstel is vastgelegd (art. 25 lid 12 WIA)"
    return UploadRequirements(
      moment: .bekortingsverzoek, noUpload: nil, from: decided ?? timeline[.wiaAanvraag]?.uiterlijk,
      uploadBy: sanction.bekortingsverzoekOp, termijn: termijn, documents: items,
      notCounted: notCounted(renewal: nil) + before, notDemanded: [], notes: notes)
  }

  private func none(_ reason: String) -> UploadRequirements {
    UploadRequirements(
      moment: nil, noUpload: reason, from: nil, uploadBy: nil, termijn: reason, documents: [], notCounted: [],
      notDemanded: [], notes: [])
  }

  // MARK: Documents

  /// The RIV parts and reports: a part is required unless its milestone does not apply; the reports
  /// go along when present.
  private func rivDocuments(employeeJudgementRequired: Bool, until: CivilDate? = nil) -> [RequiredDocument] {
    let renewal = VerlengingRenewal(absence: caseFile.verzuim, calendar: calendar)
    return Self.rivOrder.compactMap { kind, milestone in
      let found = counted(documents.of(kind), renewal: renewal, until: until)
      if let milestone {
        guard let row = timeline[milestone], row.status != .nietVanToepassing else { return nil }
        return item(kind, .verplicht, milestone: milestone, found)
      }
      if kind == .oordeelWerknemer, employeeJudgementRequired {
        return item(kind, .verplicht, milestone: nil, found)
      }
      return found.isEmpty ? nil : item(kind, .bijlage, milestone: nil, found)
    }
  }

  private func notDemanded() -> [(kind: CaseDocumentKind, reason: String)] {
    Self.rivOrder.compactMap { kind, milestone in
      guard let milestone, let row = timeline[milestone], row.status == .nietVanToepassing else { return nil }
      return (kind, "niet van toepassing in deze casus (\(row.basis))")
    }
  }

  private func item(
    _ kind: CaseDocumentKind, _ necessity: RequiredDocument.Necessity, milestone: Milestone.ID?,
    _ found: [CaseDocument]
  ) -> RequiredDocument {
    RequiredDocument(
      kind: .document(kind), role: kind.role, supplier: kind.supplier, necessity: necessity,
      milestone: milestone, documents: found)
  }

  /// Whether a document exists on the peildatum, belongs to the current waiting period and, with
  /// an upload day `until` (the WIA application made), was there by then.
  private func exclusion(_ document: CaseDocument, until: CivilDate? = nil) -> String? {
    guard let date = document.datum else { return nil }
    if date > peildatum { return "gedateerd na de peildatum: bestaat nog niet" }
    if date < calendar.firstSickDay { return "hoort bij een eerdere wachttijd" }
    if let until, date > until {
      return
        "gedateerd na de upload bij de WIA-aanvraag (uiterlijk \(DutchDate.long(until))); hoort niet bij "
        + "dit re-integratieverslag"
    }
    return nil
  }

  private func counted(
    _ list: [CaseDocument], renewal: VerlengingRenewal? = nil, until: CivilDate? = nil
  ) -> [CaseDocument] {
    list.filter { document in
      guard exclusion(document, until: until) == nil else { return false }
      if let renewal, let date = document.datum, !renewal.counts(document.kind, dated: date) {
        return false
      }
      return true
    }
  }

  private func notCounted(renewal: VerlengingRenewal?, until: CivilDate? = nil) -> [NotCountedDocument] {
    var result: [NotCountedDocument] = []
    for document in documents where document.kind.role != .intern {
      if let reason = exclusion(document, until: until) {
        result.append(NotCountedDocument(document: document, reason: reason))
        continue
      }
      guard let renewal, let date = document.datum, !renewal.counts(document.kind, dated: date) else {
        continue
      }
      result.append(
        NotCountedDocument(
          document: document,
          reason:
            "geschreven voor het verlengingsverzoek (verlenging vastgesteld \(DutchDate.long(renewal.cutoff))); "
            + "telt niet voor de latere WIA-aanvraag"))
    }
    return result
  }
}
