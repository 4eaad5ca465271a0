/// Why and when the employer uploads documents to UWV: the one answer to "which upload does this
/// case face" (`docs/rekenregels.md`, "Varianten").
public enum UploadMoment: String, Sendable, CaseIterable {
  /// The re-integratieverslag for the employee's WIA application (week 93, moved by a verlenging).
  case wiaAanvraag = "wia_aanvraag"
  /// Ziek uit dienst after 6 to 10 weeks: the verkort re-integratieverslag for the Ziektewet.
  case ziekUitDienstVerkort = "ziek_uit_dienst_verkort"
  /// Ziek uit dienst after 10 weeks or more: the full re-integratieverslag for the Ziektewet.
  case ziekUitDienstVolledig = "ziek_uit_dienst_volledig"
  /// A loonsanctie runs: the documents of the repair, with the request to shorten it
  /// (bekortingsverzoek, art. 25 lid 12 WIA).
  case bekortingsverzoek
  /// A vervroegde IVA-aanvraag (art. 23 lid 6 and art. 66 WIA), by the end of week 68.
  case vervroegdeIva = "vervroegde_iva"

  /// Dutch title.
  public var title: String {
    switch self {
    case .wiaAanvraag: "re-integratieverslag bij de WIA-aanvraag"
    case .ziekUitDienstVerkort: "verkort re-integratieverslag (ziek uit dienst)"
    case .ziekUitDienstVolledig: "volledig re-integratieverslag (ziek uit dienst)"
    case .bekortingsverzoek: "bekortingsverzoek bij de loonsanctie"
    case .vervroegdeIva: "vervroegde IVA-aanvraag"
    }
  }
}
