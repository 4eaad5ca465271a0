/// Closed value sets of the case format. Each raw value is the exact text in the case file.

/// Kind of partial return to work (`werkhervattingen[].soort`).
public enum ResumptionKind: String, Sendable, CaseIterable {
  case eigenWerk = "eigen_werk"
  case aangepastWerk = "aangepast_werk"
  case anderWerk = "ander_werk"
  case arbeidstherapeutisch

  /// Dutch text for documents.
  public var tekst: String { rawValue.replacingOccurrences(of: "_", with: " ") }
}

/// Advice of an arbeidsdeskundig onderzoek (`advies`).
public enum TrackAdvice: String, Sendable, CaseIterable {
  case spoor1, spoor2, beide

  /// Dutch text for documents.
  public var tekst: String {
    switch self {
    case .spoor1: return "spoor 1 (werk bij de eigen werkgever)"
    case .spoor2: return "spoor 2 (werk bij een andere werkgever)"
    case .beide: return "spoor 1 en spoor 2 tegelijk"
    }
  }
}

/// Ground for not starting the tweede spoor (`vrijstelling.reden`).
public enum VrijstellingReden: String, Sendable, CaseIterable {
  case geenBenutbareMogelijkheden = "geen_benutbare_mogelijkheden"
  case aowBinnenEenJaar = "aow_binnen_een_jaar"
  case terugkeerBinnenDrieMaanden = "terugkeer_binnen_drie_maanden"

  /// Dutch text for documents.
  public var tekst: String {
    switch self {
    case .geenBenutbareMogelijkheden: return "geen benutbare mogelijkheden"
    case .aowBinnenEenJaar: return "AOW-leeftijd binnen een jaar"
    case .terugkeerBinnenDrieMaanden:
      return "structurele terugkeer in de eigen organisatie binnen drie maanden"
    }
  }
}

/// Provider phase of the tweede spoor (`fasen[].fase`).
public enum TweedeSpoorFaseSoort: String, Sendable, CaseIterable {
  case intake, orientatie, jobmarketing, scholing, begeleiding, evaluatie, plaatsing, nazorg

  /// Dutch text for documents.
  public var tekst: String {
    self == .orientatie ? "Oriëntatie" : rawValue.prefix(1).uppercased() + rawValue.dropFirst()
  }
}

/// Kind of search activity (`activiteiten[].soort`).
public enum ActiviteitSoort: String, Sendable, CaseIterable {
  case cv, netwerk, sollicitatie, training, proefplaatsing, overig
  /// The persoonsprofiel and zoekprofiel were drawn up (vooronderzoek).
  case profiel

  /// Dutch text for documents.
  public var tekst: String {
    switch self {
    case .cv: return "cv"
    case .profiel: return "persoons- en zoekprofiel"
    default: return rawValue
    }
  }
}

/// Who asked UWV for a deskundigenoordeel (`aanvrager`).
public enum Aanvrager: String, Sendable, CaseIterable {
  case werkgever, werknemer
}

/// Whether a function at the own employer suits the employee (spoor 1).
public enum Passendheid: String, Sendable, CaseIterable {
  case ja, nee
  case metAanpassing = "met_aanpassing"

  /// Readable Dutch.
  public var tekst: String {
    switch self {
    case .ja: return "passend"
    case .nee: return "niet passend"
    case .metAanpassing: return "passend met aanpassing"
    }
  }
}

/// What an advice of the arbeidsdeskundige is about.
public enum AdviesOnderwerp: String, Sendable, CaseIterable {
  case eigenWerk = "eigen_werk"
  case aangepastWerk = "aangepast_werk"
  case anderWerk = "ander_werk"
  case tweedeSpoor = "tweede_spoor"
  case overig

  /// Readable Dutch.
  public var tekst: String {
    switch self {
    case .eigenWerk: return "eigen werk"
    case .aangepastWerk: return "aangepast werk"
    case .anderWerk: return "ander werk bij de eigen werkgever"
    case .tweedeSpoor: return "tweede spoor"
    case .overig: return "overig"
    }
  }

  /// Whether the advice concerns work at the own employer (spoor 1).
  public var isSpoor1: Bool { self == .eigenWerk || self == .aangepastWerk || self == .anderWerk }
}

/// What became of an advice of the arbeidsdeskundige.
public enum AdviesOpvolging: String, Sendable, CaseIterable {
  case opgevolgd
  case nietOpgevolgd = "niet_opgevolgd"
  case nogLopend = "nog_lopend"

  /// Readable Dutch.
  public var tekst: String {
    switch self {
    case .opgevolgd: return "opgevolgd"
    case .nietOpgevolgd: return "niet opgevolgd"
    case .nogLopend: return "nog lopend"
    }
  }
}
