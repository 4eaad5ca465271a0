/// Runs the rule catalogue over a case on a peildatum.
public struct RuleEngine: Sendable {
  /// The rules to run.
  public let rules: [Rule]

  /// An engine with the standard catalogue.
  public init(rules: [Rule] = RuleCatalogue.standard) { self.rules = rules }

  /// The timeline and all findings of one case, findings in a stable order. `originals` is what
  /// was read from the originals the case links (PoortwachterOutput's `OriginalReader`); without
  /// it the rules on originals find nothing.
  public func evaluate(_ loaded: LoadedCase, peildatum: CivilDate, originals: OriginalContents? = nil)
    -> CaseEvaluation
  {
    let timeline = Timeline(caseFile: loaded.caseFile, peildatum: peildatum)
    let medical = PrivacyRule.scan(loaded.freeTexts)
    let context = RuleContext(
      caseFile: loaded.caseFile, documents: loaded.documents, sourceMap: loaded.sourceMap, timeline: timeline,
      medicalTexts: medical, freeTexts: loaded.freeTexts,
      documentDates: loaded.documentDates, originals: originals)
    let findings = rules.flatMap { $0.check(context) }.enumerated().sorted { a, b in
      let l = a.element.location ?? .start, r = b.element.location ?? .start
      if l != r { return l < r }
      if a.element.severity != b.element.severity { return a.element.severity > b.element.severity }
      return a.offset < b.offset
    }.map(\.element)
    return CaseEvaluation(
      loaded: loaded, timeline: timeline, findings: findings, medicalTexts: medical, originals: originals)
  }
}
