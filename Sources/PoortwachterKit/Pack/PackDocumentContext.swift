/// The render context of one generated UWV document (`uwv/document.html`, `uwv/kop.html`,
/// `uwv/voet.html`): the case's identifying data, the document's own content under the key of its
/// kind (every other kind's key is absent), its author and the signature block. It carries no
/// milestone states: a document for UWV never says "te laat" or "verlopen".
struct PackDocumentContext {
  let dossier: DossierContext
  let document: PackDocument
  let fileName: String

  private var c: CaseFile { dossier.caseFile }
  private func text(_ value: String?) -> RenderValue { dossier.text(value) }
  private func date(_ value: CivilDate?) -> RenderValue { ContextValues.date(value) }
  private func person(_ value: Person?) -> RenderValue { ContextValues.person(value) }

  func build() -> RenderNode {
    let employee = c.werknemer
    let root: KeyValuePairs<String, RenderValue> = [
      "kenmerk": .text(c.kenmerk), "programma": .text(DossierContext.program),
      "werknemer": .node(
        RenderNode([
          "naam": .text(employee.naam), "bsn": text(employee.bsn?.digits), "functie": text(employee.functie),
          "geboortedatum": date(employee.geboortedatum), "adres": ContextValues.address(employee.adres),
        ])),
      "werkgever": c.werkgever.map { e in
        .node(
          RenderNode([
            "naam": text(e.naam), "loonheffingennummer": text(e.loonheffingennummer),
            "adres": ContextValues.address(e.adres), "contactpersoon": person(e.contactpersoon),
          ]))
      } ?? .absent,
      "eerste_ziektedag": date(c.verzuim.eersteZiektedag),
      "document": .node(
        RenderNode([
          "titel": .text(documentTitle), "soort": .text(document.kind.soort), "datum": date(document.datum),
          "bestand": .text(fileName), "opgesteld_door": person(author),
        ])),
      "ondertekening": signatureBlock(),
    ]
    var content: [KeyValuePairs<String, RenderValue>] = [root]
    content.append(PackDocumentContent(context: dossier, document: document).build())
    return RenderNode(content)
  }

  /// The title, numbered for kinds that occur more than once (`Evaluatie ... 3`).
  var documentTitle: String {
    switch document.kind {
    case .bijstellingProbleemanalyse, .bijstellingPlanVanAanpak, .evaluatie, .tweedeSpoorRapportage,
      .arbeidsdeskundigRapport, .deskundigenoordeel:
      return "\(document.kind.title) \(document.index + 1)"
    default: return document.kind.title
    }
  }

  private var author: Person? {
    switch document.kind {
    case .probleemanalyse: return c.probleemanalyse?.opgesteldDoor
    case .bijstellingProbleemanalyse: return c.probleemanalyse?.bijstellingen[document.index].opgesteldDoor
    case .planVanAanpak: return c.planVanAanpak?.opgesteldDoor
    case .bijstellingPlanVanAanpak: return c.planVanAanpak?.bijstellingen[document.index].opgesteldDoor
    case .evaluatie: return c.evaluaties[document.index].opgesteldDoor
    case .arbeidsdeskundigRapport: return c.arbeidsdeskundigeOnderzoeken[document.index].opgesteldDoor
    case .eerstejaarsevaluatie: return c.eerstejaarsevaluatie?.opgesteldDoor
    case .tweedeSpoorRapportage: return c.tweedeSpoor?.rapportages[document.index].opgesteldDoor
    case .deskundigenoordeel: return Person(naam: "UWV", functie: "deskundigenoordeel")
    case .actueelOordeel: return c.actueelOordeel?.opgesteldDoor
    case .eindevaluatie: return c.eindevaluatie?.opgesteldDoor
    case .oordeelWerknemer: return Person(naam: c.werknemer.naam, functie: "werknemer")
    }
  }

  /// Both parties with their signing dates; an absent date prints as a blank line to sign on paper.
  private func signatureBlock() -> RenderValue {
    let signatures = document.kind.isSignedByBothParties ? document.ondertekend : nil
    let employer = c.werkgever
    let contact = employer?.contactpersoon
    return .node(
      RenderNode([
        "werkgever": .node(
          RenderNode([
            "organisatie": text(employer?.naam), "naam": text(contact?.naam),
            "functie": text(contact?.functie),
            "datum": date(signatures?.werkgever),
          ])),
        "werknemer": .node(
          RenderNode(["naam": .text(c.werknemer.naam), "datum": date(signatures?.werknemer)])),
        "door_beide_partijen": .flag(document.kind.isSignedByBothParties),
      ]))
  }
}
