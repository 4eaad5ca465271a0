/// The complete, explicit list of rules (no code generation).
public enum RuleCatalogue {
  /// Every rule, in the order the `regels` listing shows them.
  public static let standard: [Rule] =
    MilestoneRules.all + [ReassessmentRule.rule] + EvaluationRules.all + CompletenessRules.all
    + DocumentContentRules.all
    + TweedeSpoorRules.all + AssessmentRules.all + [
      PrivacyRule.rule, PersonalNumbers.otherPerson, PersonalNumbers.employee,
    ]
    + OriginalRules.all + DigitalSignatureRules.all + SignatureMethodRules.all
    + [SatisfactoryResultRule.rule] + ConsistencyRules.all + [AdviceFollowUpRule.rule] + RecycledTextRules.all
    + CaseRules.all + VariantRules.all + InputRules.all

  /// The rule with `id`, if any.
  public static func rule(id: String) -> Rule? { standard.first { $0.description.id == id } }
}
