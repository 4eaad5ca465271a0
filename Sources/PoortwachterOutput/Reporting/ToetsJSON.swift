import PoortwachterCore

/// The `toets` object of `check --format json`: the poortwachtertoets estimate
/// (`docs/toets.md`). Keys sorted; `inschatting` carries the label that it is no UWV judgement.
public struct ToetsJSON: Encodable, Sendable {
  /// One question.
  struct Vraag: Encodable, Sendable {
    let id: String
    let titel: String
    let oordeel: String
    let toelichting: String
    let bron: String
    let regels: [String]

    func write(to json: inout JSONText) {
      json.object { json in
        json.field("bron", bron)
        json.field("id", id)
        json.field("oordeel", oordeel)
        json.key("regels")
        json.array(regels) { json, regel in json.string(regel) }
        json.field("titel", titel)
        json.field("toelichting", toelichting)
      }
    }
  }

  let inschatting: String
  let risico: String
  let vragen: [Vraag]

  /// The object for `toets`.
  public init(_ toets: Poortwachtertoets) {
    inschatting = Poortwachtertoets.label
    risico = toets.risico.rawValue
    vragen = toets.vragen.map {
      Vraag(
        id: $0.id.rawValue, titel: $0.id.titel, oordeel: $0.oordeel.rawValue, toelichting: $0.toelichting,
        bron: $0.id.bron, regels: $0.regels)
    }
  }

  func write(to json: inout JSONText) {
    json.object { json in
      json.field("inschatting", inschatting)
      json.field("risico", risico)
      json.key("vragen")
      json.array(vragen) { json, vraag in vraag.write(to: &json) }
    }
  }
}
