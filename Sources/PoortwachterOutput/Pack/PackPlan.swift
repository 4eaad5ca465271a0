import PoortwachterCore

/// What the UWV pack of one case holds before anything is printed: the documents in RIV order with
/// their file names, the upload deadline, and what a complete re-integratieverslag still lacks.
/// A case that needs no re-integratieverslag has no plan, only the reason.
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
  /// What is still missing.
  public let ontbreekt: [Gap]

  /// The file name of document `index`: `NN-<soort>-<JJJJ-MM-DD>.<ext>` (ext of the original, or pdf).
  public func fileName(_ index: Int) -> String {
    let document = documents[index]
    let number = index + 1 < 10 ? "0\(index + 1)" : "\(index + 1)"
    var ext = "pdf"
    if let original = document.origineel {
      let found = original.split(separator: ".").last.map { $0.lowercased() } ?? "pdf"
      ext = found == "jpeg" ? "jpg" : found
    }
    return "\(number)-\(document.kind.fileSlug)-\(document.datum.description).\(ext)"
  }

  /// The plan for a case, or why it needs no re-integratieverslag.
  public static func make(_ evaluation: CaseEvaluation) -> Result<PackPlan, NoPack> {
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
    return .success(
      PackPlan(
        kenmerk: c.kenmerk, variant: variant,
        documents: PackDocument.documents(of: evaluation.loaded.documents),
        uiterlijkUploaden: deadline, termijn: termijn, ontbreekt: gaps(evaluation)))
  }

  /// The reason a case gets no pack.
  public struct NoPack: Error, Sendable, Equatable {
    /// One line of Dutch.
    public let reason: String
  }

  /// The milestones whose document is a part of the re-integratieverslag.
  static let parts: [Milestone.ID] = [
    .probleemanalyse, .planVanAanpak, .eerstejaarsevaluatie, .actueelOordeel, .eindevaluatie,
  ]

  /// The parts of the RIV that are not in the case (not yet written, or overdue), then the findings
  /// that count for the toets question "Is het dossier compleet?" (``ToetsMapping``, the one list).
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
      let gap = Gap(regel: finding.ruleID, melding: uploadText(finding))
      if !gaps.contains(gap) { gaps.append(gap) }
    }
    return gaps
  }

  /// The finding's message for the upload list, which lies next to the files the employer uploads:
  /// a message that quotes a medical term (a rule citing the case's own text) becomes the rule's
  /// title and the field, with a pointer to the check report.
  static func uploadText(_ finding: Finding) -> String {
    guard !MedicalTermScanner.standard.matches(in: finding.message).isEmpty else { return finding.message }
    let title = RuleCatalogue.rule(id: finding.ruleID)?.description.title ?? finding.ruleID
    let place = finding.path.map { " in '\($0)'" } ?? ""
    return "\(title)\(place); zie controle.html"
  }
}
