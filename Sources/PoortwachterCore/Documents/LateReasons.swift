/// The reasons for delay recorded per milestone document (`reden_te_laat`): a late document
/// cannot be repaired, but its reason can be written down (shown in `controle.html` only).
package enum LateReasons {
  /// The recorded reason of the document of milestone `id`, if any.
  static func reason(_ c: CaseFile, _ id: Milestone.ID) -> String? {
    switch id {
    case .probleemanalyse: return c.probleemanalyse?.redenTeLaat
    case .planVanAanpak: return c.planVanAanpak?.redenTeLaat
    case .melding42eWeek: return c.melding42eWeek?.redenTeLaat
    case .eerstejaarsevaluatie: return c.eerstejaarsevaluatie?.redenTeLaat
    case .tweedeSpoor: return c.tweedeSpoor?.redenTeLaat
    case .actueelOordeel: return c.actueelOordeel?.redenTeLaat
    case .eindevaluatie: return c.eindevaluatie?.redenTeLaat
    case .rivAanWerknemer: return c.rivAanWerknemer?.redenTeLaat
    case .wiaAanvraag: return c.wiaAanvraag?.redenTeLaat
    case .eindeWachttijd: return nil
    }
  }

  /// Every recorded reason with its milestone, in contract order.
  package static func all(_ c: CaseFile) -> [(id: Milestone.ID, reason: String)] {
    Milestone.ID.allCases.compactMap { id in reason(c, id).map { (id, $0) } }
  }
}
