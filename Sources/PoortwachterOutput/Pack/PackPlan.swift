import PoortwachterCore

/// What the UWV pack of one case holds before anything is printed: the documents in RIV order with
/// what happens to each (original, draft, form, to obtain), the upload deadline, what a complete
/// re-integratieverslag still lacks, and whether the pack is ready for UWV. A case that needs no
/// re-integratieverslag, or not yet, has no plan, only the reason.
public struct PackPlan: Sendable {
  /// Which re-integratieverslag the pack is for.
  public enum Variant: String, Sendable {
    /// For the employee's WIA application.
    case wia
    /// Ziek uit dienst, 6 to 10 weeks employed while sick: the verkort RIV for the Ziektewet.
    case verkort = "ziek_uit_dienst_verkort"
    /// Ziek uit dienst, 10 weeks or more: the full RIV for the Ziektewet.
    case volledig = "ziek_uit_dienst_volledig"

    /// The choice under "Uploaden documenten" in the werkgeversportaal.
    public var portalChoice: String {
      self == .wia ? "Re-integratieverslag (RIV)" : "Re-integratieverslag (RIV) ZW (ziek uit dienst)"
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

  /// The plan for a case, or why it gets no pack. Without `always`, a pack is made only from
  /// the moment the re-integratieverslag is due (``PackMoment``).
  public static func make(_ evaluation: CaseEvaluation, always: Bool = false) -> Result<PackPlan, NoPack> {
    let c = evaluation.loaded.caseFile
    let timeline = evaluation.timeline
    let exit = timeline.ziekUitDienst
    if exit.variant == .geen, let last = exit.lastDayOfEmployment {
      return .failure(
        NoPack(
          reason: "geen re-integratieverslag nodig: het dienstverband eindigde op \(DutchDate.long(last)), "
            + "binnen 6 weken na de eerste ziektedag (ziek uit dienst)"))
    }
    if timeline[.rivAanWerknemer]?.status == .nietVanToepassing {
      if let recovered = c.verzuim.volledigHersteldOp {
        return .failure(
          NoPack(
            reason:
              "geen re-integratieverslag nodig: volledig hersteld op \(DutchDate.long(recovered)), "
              + "voordat het verslag nodig was"
          ))
      }
      return .failure(NoPack(reason: "geen re-integratieverslag nodig in deze casus"))
    }
    if !always, let early = PackMoment(evaluation).tooEarly { return .failure(early) }
    let variant: Variant = exit.variant == .verkort ? .verkort : exit.variant == .volledig ? .volledig : .wia
    var deadline: CivilDate?
    let termijn: String
    if variant != .wia {
      termijn = "binnen 2 weken nadat u de brief van UWV over de Ziektewet-aanvraag heeft ontvangen"
    } else if let applied = c.wiaAanvraag?.datum {
      deadline = applied.adding(days: 1)
      termijn = "uiterlijk 1 dag nadat de werknemer de WIA-uitkering aanvroeg op \(DutchDate.long(applied))"
    } else {
      deadline = timeline[.wiaAanvraag].map { $0.uiterlijk.adding(days: 1) }
      termijn =
        "de WIA-aanvraag staat nog niet in de casus: uploaden uiterlijk 1 dag na de aanvraag; "
        + "hier is de laatste aanvraagdag aangehouden"
    }
    let fouten = evaluation.findings.enumerated().filter { $0.element.severity == .fout }.map {
      (index: $0.offset, finding: $0.element)
    }
    return .success(
      PackPlan(
        kenmerk: c.kenmerk, variant: variant,
        documents: PackDocument.documents(
          of: evaluation.loaded.documents, redacted: evaluation.medicalTexts.map(\.path)),
        uiterlijkUploaden: deadline, termijn: termijn, ontbreekt: gaps(evaluation), fouten: fouten))
  }

  /// The same plan with `documents` (a draft found to carry redacted text while rendering).
  func with(documents: [PackDocument]) -> PackPlan {
    PackPlan(
      kenmerk: kenmerk, variant: variant, documents: documents, uiterlijkUploaden: uiterlijkUploaden,
      termijn: termijn, ontbreekt: ontbreekt, fouten: fouten)
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

  /// Rules about events that leave no document to upload (a late 42e-weekmelding, the WIA
  /// application, the ziek-uit-dienst melding): findings, never a missing upload.
  static let noDocument = ["wvp.melding-42e-week.", "wvp.wia-aanvraag.", "wvp.ziek-uit-dienst.melding"]

  /// The parts of the RIV that are not in the case (not yet written, or overdue), then the findings
  /// that count for the toets question "Is het dossier compleet?" (``ToetsMapping``, the one list)
  /// and concern a document.
  static func gaps(_ evaluation: CaseEvaluation) -> [Gap] {
    var gaps: [Gap] = []
    for id in parts {
      guard let milestone = evaluation.timeline[id], milestone.gedaan == nil,
        milestone.status != .nietVanToepassing
      else { continue }
      gaps.append(
        Gap(
          regel: MilestoneRules.missingRuleID(id),
          melding: "\(id.title) ontbreekt (nodig uiterlijk \(DutchDate.long(milestone.uiterlijk)))"))
    }
    for finding in evaluation.findings where ToetsMapping.isDossierCompleet(finding.ruleID) {
      guard !noDocument.contains(where: { finding.ruleID.hasPrefix($0) }) else { continue }
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
