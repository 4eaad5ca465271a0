import PoortwachterCore
import PoortwachterTemplates

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
  private func person(_ value: Person?) -> RenderValue { dossier.person(value) }

  func build() -> RenderNode {
    let employee = c.werknemer
    let root: KeyValuePairs<String, RenderValue> = [
      "kenmerk": .text(c.kenmerk), "programma": .text(DossierContext.program),
      "werknemer": .node(
        RenderNode([
          "naam": .text(dossier.clean(employee.naam) ?? employee.naam),
          "bsn": ContextValues.text(employee.bsn?.digits),
          "functie": text(employee.functie), "geboortedatum": date(employee.geboortedatum),
          "adres": dossier.address(employee.adres),
        ])),
      "werkgever": c.werkgever.map { e in
        .node(
          RenderNode([
            "naam": text(e.naam), "loonheffingennummer": text(e.loonheffingennummer),
            "adres": dossier.address(e.adres), "contactpersoon": person(e.contactpersoon),
          ]))
      } ?? .absent,
      "eerste_ziektedag": date(c.verzuim.eersteZiektedag),
      "document": .node(
        RenderNode([
          "titel": .text(document.title), "soort": .text(document.kind.soort),
          "datum": date(document.handling == .form ? nil : document.datum),
          "bestand": .text(fileName), "opgesteld_door": person(author),
          "is_concept": .flag(document.handling == .draft), "is_formulier": .flag(document.handling == .form),
        ])),
      "ondertekening": signatureBlock(),
    ]
    var content: [KeyValuePairs<String, RenderValue>] = [root]
    content.append(PackDocumentContent(context: dossier, document: document).build())
    return RenderNode(content)
  }

  private var author: Person? {
    switch document.kind {
    case .oordeelWerknemer: return Person(naam: c.werknemer.naam, functie: "werknemer")
    default: return document.source.author
    }
  }

  /// Both parties with their signing dates; an absent date prints as a blank line to sign on paper.
  /// A draft or form is not signed yet, whatever the case records: its lines stay blank.
  private func signatureBlock() -> RenderValue {
    let unsigned = document.handling == .draft || document.handling == .form
    let signatures = document.kind.requiresSignatures && !unsigned ? document.source.signatures : nil
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
          RenderNode([
            "naam": .text(dossier.clean(c.werknemer.naam) ?? c.werknemer.naam),
            "datum": date(signatures?.werknemer),
          ])),
        "door_beide_partijen": .flag(document.role == .gezamenlijk),
      ]))
  }
}
