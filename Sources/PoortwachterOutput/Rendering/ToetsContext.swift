import PoortwachterCore
import PoortwachterTemplates

/// The render context of the poortwachtertoets estimate (`toets`): `label`, `risico`,
/// `risico_tekst`, `is_laag`/`is_middel`/`is_hoog`, and `vragen` with `id`, `titel`, `oordeel`,
/// `is_voldoende`/`is_twijfel`/`is_onvoldoende`, `toelichting`, `bron` and `regels` ({regel}).
package enum ToetsContext {
  /// Dutch words for a risk.
  package static func text(_ risico: ToetsRisico) -> String {
    switch risico {
    case .laag: "laag risico"
    case .middel: "middel risico"
    case .hoog: "hoog risico"
    }
  }

  package static func build(_ toets: Poortwachtertoets) -> RenderValue {
    .node(
      RenderNode([
        "label": .text(Poortwachtertoets.label), "risico": .text(toets.risico.rawValue),
        "risico_tekst": .text(text(toets.risico)), "is_laag": .flag(toets.risico == .laag),
        "is_middel": .flag(toets.risico == .middel), "is_hoog": .flag(toets.risico == .hoog),
        "vragen": .list(
          toets.vragen.map { vraag in
            RenderNode([
              "id": .text(vraag.id.rawValue), "titel": .text(vraag.id.titel),
              "oordeel": .text(vraag.oordeel.rawValue), "is_voldoende": .flag(vraag.oordeel == .voldoende),
              "is_twijfel": .flag(vraag.oordeel == .twijfel),
              "is_onvoldoende": .flag(vraag.oordeel == .onvoldoende), "toelichting": .text(vraag.toelichting),
              "bron": .text(vraag.id.bron),
              "regels": .list(vraag.regels.map { RenderNode(["regel": .text($0)]) }),
            ])
          }),
      ]))
  }
}
