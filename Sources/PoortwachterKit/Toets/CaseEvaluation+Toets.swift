extension CaseEvaluation {
  /// The poortwachtertoets estimate from the findings (an estimate, never UWV's judgement).
  public var toets: Poortwachtertoets { Poortwachtertoets(findings: findings, timeline: timeline) }
}
