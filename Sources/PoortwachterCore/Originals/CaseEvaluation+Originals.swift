extension CaseEvaluation {
  /// The rules whose finding means an original's identity was not confirmed: someone else's, the
  /// employee's BSN or name not in it, or not readable. (A page that is not A4 or a browser print
  /// is a warning about the form, not about whose document it is.)
  static let identityRuleIDs: Set<String> = [
    "wvp.origineel.bsn-ander", "wvp.origineel.naam-ander", "wvp.origineel.bsn-ontbreekt",
    "wvp.origineel.naam-ontbreekt", "wvp.origineel.niet-gevonden", "wvp.origineel.onleesbaar",
  ]

  /// Whether the original of `document` is a checked original, the only kind the UWV pack may
  /// count as ready: it was read completely and carries the employee's BSN and name and no other
  /// person's (no finding of ``identityRuleIDs`` points at it). `false` when the document has no
  /// original or the originals were not read.
  public func isCheckedOriginal(_ document: CaseDocument) -> Bool {
    guard let originals, originals.isFullyRead(document) else { return false }
    let path = document.originalPath
    return !findings.contains { $0.path == path && Self.identityRuleIDs.contains($0.ruleID) }
  }
}
