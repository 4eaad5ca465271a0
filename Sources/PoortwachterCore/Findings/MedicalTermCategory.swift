/// Kinds of medical information.
public enum MedicalTermCategory: String, Sendable, CaseIterable {
  /// A diagnosis or named condition ("burn-out", "hernia", "depressief").
  case diagnose
  /// A complaint or symptom ("rugklachten", "hoofdpijn", "duizeligheid").
  case klacht
  /// A treatment, therapy, operation or diagnostic procedure ("fysiotherapie", "operatie", "MRI").
  case behandeling
  /// Medication ("antidepressiva", "pijnstillers", "oxazepam").
  case medicatie
  /// A treating care provider or care institution ("huisarts", "psycholoog", "ziekenhuis").
  case zorgverlener
}
