/// Closed value sets of the case format. Each raw value is the exact text in the case file.

/// Kind of partial return to work (`werkhervattingen[].soort`).
public enum ResumptionKind: String, Sendable, CaseIterable {
  case eigenWerk = "eigen_werk"
  case aangepastWerk = "aangepast_werk"
  case anderWerk = "ander_werk"
  case arbeidstherapeutisch
}

/// Advice of an arbeidsdeskundig onderzoek (`advies`).
public enum TrackAdvice: String, Sendable, CaseIterable {
  case spoor1, spoor2, beide
}

/// Ground for not starting the tweede spoor (`vrijstelling.reden`).
public enum VrijstellingReden: String, Sendable, CaseIterable {
  case geenBenutbareMogelijkheden = "geen_benutbare_mogelijkheden"
  case aowBinnenEenJaar = "aow_binnen_een_jaar"
  case terugkeerBinnenDrieMaanden = "terugkeer_binnen_drie_maanden"
}

/// Provider phase of the tweede spoor (`fasen[].fase`).
public enum TweedeSpoorFaseSoort: String, Sendable, CaseIterable {
  case intake, orientatie, jobmarketing, scholing, plaatsing, nazorg
}

/// Kind of search activity (`activiteiten[].soort`).
public enum ActiviteitSoort: String, Sendable, CaseIterable {
  case cv, netwerk, sollicitatie, training, proefplaatsing, overig
}

/// Who asked UWV for a deskundigenoordeel (`aanvrager`).
public enum Aanvrager: String, Sendable, CaseIterable {
  case werkgever, werknemer
}
