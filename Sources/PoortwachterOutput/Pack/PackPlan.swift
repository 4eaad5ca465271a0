import PoortwachterCore

/// What the UWV pack of one case holds before anything is printed: the documents in RIV order with
/// what happens to each (original, draft, form, to obtain), the upload deadline, what a complete
/// re-integratieverslag still lacks, and whether the pack is ready for UWV. A case that needs no
/// re-integratieverslag, or not yet, has no plan, only the reason.
public struct PackPlan: Sendable {
  /// Which upload the pack is for (main's ``UploadMoment``, as the lists name it).
  public enum Variant: String, Sendable {
    /// For the employee's WIA application.
    case wia
    /// Ziek uit dienst, 6 to 10 weeks employed while sick: the verkort RIV for the Ziektewet.
    case verkort = "ziek_uit_dienst_verkort"
    /// Ziek uit dienst, 10 weeks or more: the full RIV for the Ziektewet.
    case volledig = "ziek_uit_dienst_volledig"
    /// A loonsanctie runs: the documents of the repair, with the bekortingsverzoek.
    case bekortingsverzoek
    /// A vervroegde IVA application.
    case vervroegdeIva = "vervroegde_iva"

    init(_ moment: UploadMoment) {
      switch moment {
      case .wiaAanvraag: self = .wia
      case .ziekUitDienstVerkort: self = .verkort
      case .ziekUitDienstVolledig: self = .volledig
      case .bekortingsverzoek: self = .bekortingsverzoek
      case .vervroegdeIva: self = .vervroegdeIva
      }
    }

    /// What to choose in the werkgeversportaal. UWV does not publish the portal's own lists, so
    /// only the two RIV choices its pages name are given as names; the others say what to look for.
    public var portalChoice: String {
      switch self {
      case .wia: "Re-integratieverslag (RIV)"
      case .verkort, .volledig: "Re-integratieverslag (RIV) ZW (ziek uit dienst)"
      case .bekortingsverzoek: "het onderdeel voor het bekortingsverzoek bij de loonsanctie"
      case .vervroegdeIva:
        "het onderdeel voor de vervroegde IVA-aanvraag (of stuur wat de brief van UWV vraagt)"
      }
    }
  }

  /// Something a complete re-integratieverslag still needs, with the rule that says so.
  public struct Gap: Sendable, Equatable {
    /// Rule id.
    public let regel: String
    /// Dutch text.
    public let melding: String
  }

  /// The case reference.
  public let kenmerk: String
  /// The variant.
  public let variant: Variant
  /// The documents, in RIV order.
  public let documents: [PackDocument]
  /// The upload deadline, when it can be known from the case.
  public let uiterlijkUploaden: CivilDate?
  /// How the deadline is set (Dutch, one sentence).
  public let termijn: String
  /// The parts of the re-integratieverslag that are missing, and the findings that say the
  /// dossier is incomplete (a late 42e-weekmelding is not among them: nothing can be uploaded
  /// for it; it stays a finding).
  public let ontbreekt: [Gap]
  /// The `fout` findings of the dossier, with their position in the evaluation's findings (the
  /// anchor in `controle.html`).
  public let fouten: [(index: Int, finding: Finding)]
  /// The case's documents that do not count for this upload, with the reason (an actueel oordeel
  /// written for the verlengingsverzoek, a document from before the loonsanctie decision).
  public var notCounted: [NotCountedDocument] = []
  /// What UWV asks in this variant (Dutch sentences, from ``UploadRequirements``).
  public var notes: [String] = []

  /// Ready for UWV: every document is a linked original, nothing is missing and the dossier has
  /// no `fout` finding. Otherwise the pack is a concept (`uwv-concept/`).
  public var isReady: Bool {
    documents.allSatisfy { $0.handling == .original } && ontbreekt.isEmpty && fouten.isEmpty
  }

  /// The folder of the pack inside the dossier: `uwv` when ready, else `uwv-concept`.
  public var folder: String { isReady ? Self.readyFolder : Self.conceptFolder }
  /// The folder of a ready pack.
  public static let readyFolder = "uwv"
  /// The folder of a concept pack.
  public static let conceptFolder = "uwv-concept"

  /// The file name of document `index`: `NN-<soort>-<JJJJ-MM-DD>.<ext>` (ext of the original, or
  /// pdf); a draft ends in `-concept.pdf`, the employee's form in `-formulier.pdf`.
  public func fileName(_ index: Int) -> String {
    let document = documents[index]
    let number = index + 1 < 10 ? "0\(index + 1)" : "\(index + 1)"
    var ext = "pdf"
    if let original = document.origineel {
      let found = original.split(separator: ".").last.map { $0.lowercased() } ?? "pdf"
      ext = found == "jpeg" ? "jpg" : found
    }
    let suffix =
      switch document.handling {
      case .draft: "-concept"
      case .form: "-formulier"
      default: ""
      }
    return "\(number)-\(document.kind.fileSlug)-\(document.datum.description)\(suffix).\(ext)"
  }

  /// The plan for a case, or why it gets no pack: which upload, from when, which documents count
  /// and the deadline come from ``UploadRequirements`` (the one Core answer). Without `always`, a
  /// pack is made only from the upload's moment (``PackMoment``).
  public static func make(_ evaluation: CaseEvaluation, always: Bool = false) -> Result<PackPlan, NoPack> {
    let requirements = UploadRequirements(evaluation)
    guard let moment = requirements.moment else {
      return .failure(
        NoPack(reason: requirements.noUpload ?? "geen re-integratieverslag nodig in deze casus"))
    }
    if !always, let from = requirements.from, !requirements.isDue(on: evaluation.timeline.peildatum) {
      return .failure(PackMoment(evaluation).tooEarly(from: from, moment: moment))
    }
    let counted = Set(requirements.documents.flatMap(\.documents).map(\.path))
    // In a bekortingsverzoek only the herstel period counts: UWV judged what came before its decision.
    let decided = moment == .bekortingsverzoek ? requirements.from : nil
    let fouten = evaluation.findings.enumerated().filter { $0.element.severity == .fout }
      .filter { found in
        decided.map { !judged(found.element, documents: evaluation.loaded.documents, decided: $0) } ?? true
      }
      .map { (index: $0.offset, finding: $0.element) }
    var plan = PackPlan(
      kenmerk: evaluation.loaded.caseFile.kenmerk, variant: Variant(moment),
      documents: PackDocument.documents(
        of: evaluation.loaded.documents, redacted: evaluation.medicalTexts.map(\.path),
        originals: evaluation.originals
      ).filter { counted.contains($0.path) },
      uiterlijkUploaden: requirements.uploadBy, termijn: requirements.termijn,
      ontbreekt: gaps(evaluation, requirements), fouten: fouten)
    plan.notCounted = requirements.notCounted
    plan.notes = requirements.notes
    // Made before its moment (on request): say so first, with the day it is due.
    if let from = requirements.from, !requirements.isDue(on: evaluation.timeline.peildatum) {
      plan.notes.insert(
        "Vooruitblik, gemaakt vóór het moment van de upload: "
          + PackMoment(evaluation).tooEarly(from: from, moment: moment).reason
          + ". Tot dan kan er nog veel veranderen.", at: 0)
    }
    // UWV's loonsanctie decision is no document of the case file's own: named here, not copied.
    for decision in requirements.documents where decision.kind == .loonsanctieBesluit {
      if let original = decision.origineel {
        plan.notes.append(
          "Upload bij het bekortingsverzoek ook het besluit loonsanctie van UWV: \(original).")
      }
    }
    return .success(plan)
  }

  /// Whether `finding` is about a document dated on or before UWV's loonsanctie decision of
  /// `decided`: UWV judged that period already, so it does not block the bekortingsverzoek.
  static func judged(_ finding: Finding, documents: CaseDocuments, decided: CivilDate) -> Bool {
    guard let path = finding.path?.description else { return false }
    return documents.contains { document in
      guard let date = document.datum, date <= decided else { return false }
      let own = document.path.description
      return path == own || path.hasPrefix(own + ".") || path.hasPrefix(own + "[")
    }
  }

  /// The same plan with `documents` (a draft found to carry redacted text while rendering).
  func with(documents: [PackDocument]) -> PackPlan {
    var plan = PackPlan(
      kenmerk: kenmerk, variant: variant, documents: documents, uiterlijkUploaden: uiterlijkUploaden,
      termijn: termijn, ontbreekt: ontbreekt, fouten: fouten)
    plan.notCounted = notCounted
    plan.notes = notes
    return plan
  }

  /// The reason a case gets no pack.
  public struct NoPack: Error, Sendable, Equatable {
    /// One line of Dutch.
    public let reason: String
    /// Whether the case will need a pack later (it is too early): a front end may offer to make
    /// it anyway.
    public var isTooEarly = false
  }

  /// The milestones whose document is a part of the re-integratieverslag.
  static let parts: [Milestone.ID] = [
    .probleemanalyse, .planVanAanpak, .eerstejaarsevaluatie, .actueelOordeel, .eindevaluatie,
  ]

  /// The rule that finds the employee's oordeel missing (``AdministrationRules``).
  static let employeeViewRule = "wvp.riv.oordeel-werknemer"

  /// Rules about events that leave no document to upload (a late 42e-weekmelding, the WIA
  /// application, the ziek-uit-dienst melding): findings, never a missing upload.
  static let noDocument = ["wvp.melding-42e-week.", "wvp.wia-aanvraag.", "wvp.ziek-uit-dienst.melding"]

  /// The parts of the RIV the upload requires that the case does not have (not yet written,
  /// overdue, or only in a version that does not count), then the findings that count for the
  /// toets question "Is het dossier compleet?" (``ToetsMapping``, the one list) and concern a
  /// document.
  static func gaps(_ evaluation: CaseEvaluation, _ requirements: UploadRequirements) -> [Gap] {
    var gaps: [Gap] = []
    let missing = Set(requirements.missing.compactMap(\.milestone))
    if requirements.missing.contains(where: { $0.kind == .loonsanctieBesluit }) {
      gaps.append(
        Gap(
          regel: "upload.loonsanctie-besluit",
          melding:
            "Het besluit loonsanctie van UWV ontbreekt: koppel de brief zoals ontvangen met 'origineel:' "
            + "bij 'verzuim.loonsanctie'"))
    }
    for id in parts where missing.contains(id) {
      guard let milestone = evaluation.timeline[id] else { continue }
      gaps.append(
        Gap(
          regel: MilestoneRules.missingRuleID(id),
          melding: "\(id.title) ontbreekt (nodig uiterlijk \(DutchDate.long(milestone.uiterlijk)))"))
    }
    // The employee's own part, when this upload needs it (the rule that says so only fires from
    // the WIA application on, and never for ziek uit dienst).
    if requirements.missing.contains(where: { $0.kind == .document(.oordeelWerknemer) }) {
      gaps.append(
        Gap(
          regel: employeeViewRule,
          melding:
            "Het oordeel van de werknemer ontbreekt: voeg 'oordeel_werknemer' met een datum toe; dan maakt "
            + "poortwachter een formulier dat de werknemer invult en ondertekent"))
    }
    let structural = Set(gaps.map(\.regel))
    for finding in evaluation.findings where ToetsMapping.isDossierCompleet(finding.ruleID) {
      guard !noDocument.contains(where: { finding.ruleID.hasPrefix($0) }) else { continue }
      // Already on the list as the missing part itself.
      guard !structural.contains(finding.ruleID) else { continue }
      let gap = Gap(regel: finding.ruleID, melding: uploadText(finding))
      if !gaps.contains(gap) { gaps.append(gap) }
    }
    return gaps
  }

  /// The finding's message for the lists next to the files: a message that quotes a medical
  /// term (a rule citing the case's own text) becomes the rule's title and the field, with a
  /// pointer to the check report.
  static func uploadText(_ finding: Finding) -> String {
    guard !MedicalTermScanner.standard.matches(in: finding.message).isEmpty else { return finding.message }
    let title = RuleCatalogue.rule(id: finding.ruleID)?.description.title ?? finding.ruleID
    let place = finding.path.map { " in '\($0)'" } ?? ""
    return "\(title)\(place); zie controle.html"
  }
}
