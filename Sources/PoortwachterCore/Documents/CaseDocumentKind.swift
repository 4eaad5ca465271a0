/// The kinds of document a case file holds, in the order of the re-integratieverslag.
public enum CaseDocumentKind: String, Sendable, CaseIterable {
  case probleemanalyse
  case bijstellingProbleemanalyse = "bijstelling_probleemanalyse"
  case planVanAanpak = "plan_van_aanpak"
  case bijstellingPlanVanAanpak = "bijstelling_plan_van_aanpak"
  case evaluatie
  case arbeidsdeskundigOnderzoek = "arbeidsdeskundig_onderzoek"
  case eerstejaarsevaluatie
  case tweedeSpoor = "tweede_spoor"
  case tweedeSpoorRapportage = "rapportage_tweede_spoor"
  case deskundigenoordeel
  case actueelOordeel = "actueel_oordeel"
  case eindevaluatie
  case oordeelWerknemer = "oordeel_werknemer"
  case spoor1 = "spoor_1"

  /// How the kind is named in messages.
  public var title: String {
    switch self {
    case .probleemanalyse: "probleemanalyse"
    case .bijstellingProbleemanalyse: "bijstelling probleemanalyse"
    case .planVanAanpak: "plan van aanpak"
    case .bijstellingPlanVanAanpak: "bijstelling plan van aanpak"
    case .evaluatie: "evaluatie"
    case .arbeidsdeskundigOnderzoek: "arbeidsdeskundig onderzoek"
    case .eerstejaarsevaluatie: "eerstejaarsevaluatie"
    case .tweedeSpoor: "tweede spoor"
    case .tweedeSpoorRapportage: "rapportage tweede spoor"
    case .deskundigenoordeel: "deskundigenoordeel"
    case .actueelOordeel: "actueel oordeel"
    case .eindevaluatie: "eindevaluatie"
    case .oordeelWerknemer: "oordeel werknemer"
    case .spoor1: "spoor 1"
    }
  }

  /// Whether the document must name its author with name and function (BWBR0015184 art. 2
  /// lid 3): every written document of the employer's side and its professionals.
  public var requiresAuthor: Bool {
    switch self {
    case .tweedeSpoor, .deskundigenoordeel, .oordeelWerknemer, .spoor1: false
    default: true
    }
  }

  /// Whether both parties sign it: the plan, its revisions, the EJE and the eindevaluatie.
  public var requiresSignatures: Bool {
    switch self {
    case .planVanAanpak, .bijstellingPlanVanAanpak, .eerstejaarsevaluatie, .eindevaluatie: true
    default: false
    }
  }

  /// Whether it records both parties' views when the first sick day is on or after the visie
  /// date (Regeling procesgang art. 4 lid 2): the plan, its revisions and the EJE.
  public var requiresVisies: Bool {
    switch self {
    case .planVanAanpak, .bijstellingPlanVanAanpak, .eerstejaarsevaluatie: true
    default: false
    }
  }

  /// The path of the document of this kind; `index` (0-based) for the kinds that are list items.
  public func path(_ index: Int = 0) -> FieldPath {
    switch self {
    case .probleemanalyse: FieldPath("probleemanalyse")
    case .bijstellingProbleemanalyse: FieldPath("probleemanalyse.bijstellingen").item(index)
    case .planVanAanpak: FieldPath("plan_van_aanpak")
    case .bijstellingPlanVanAanpak: FieldPath("plan_van_aanpak.bijstellingen").item(index)
    case .evaluatie: FieldPath("evaluaties").item(index)
    case .arbeidsdeskundigOnderzoek: FieldPath("arbeidsdeskundige_onderzoeken").item(index)
    case .eerstejaarsevaluatie: FieldPath("eerstejaarsevaluatie")
    case .tweedeSpoor: FieldPath("tweede_spoor")
    case .tweedeSpoorRapportage: FieldPath("tweede_spoor.rapportages").item(index)
    case .deskundigenoordeel: FieldPath("deskundigenoordelen").item(index)
    case .actueelOordeel: FieldPath("actueel_oordeel")
    case .eindevaluatie: FieldPath("eindevaluatie")
    case .oordeelWerknemer: FieldPath("oordeel_werknemer")
    case .spoor1: FieldPath("spoor_1")
    }
  }

  /// The Regeling procesgang requires both parties' views from this day (Stcrt. 2023, 13931).
  public static let visieEffectiveDate = CivilDate(year: 2023, month: 7, day: 1) ?? CivilDate(dayNumber: 0)

  /// Whether a plan, revision or EJE dated `date` must carry both views. Art. 7b of the amending
  /// regulation keeps the old text for a first sick day before 1 July 2023 as long as the document
  /// is not drawn up or revised after that day; so a document dated after it needs the views.
  public static func visieRequired(firstSickDay: CivilDate, documentDate: CivilDate) -> Bool {
    firstSickDay >= visieEffectiveDate || documentDate > visieEffectiveDate
  }
}
