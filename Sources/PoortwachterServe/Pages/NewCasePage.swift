import PoortwachterCore
import PoortwachterTemplates
import PoortwachterWorkspace

/// The Nieuwe casus page: the facts of `poortwachter nieuw` as a form, labels and help from the
/// format catalogue, each problem next to its field, and the opened folder to write in.
struct NewCasePage {
  /// The values typed so far, by fact.
  let values: [NewCase.Fact: String]
  /// The problems of a refused request.
  let problems: [NewCase.Problem]
  /// The opened folders.
  let folders: [String]
  /// The folder chosen (its position in ``folders``).
  let chosenFolder: Int

  func context() -> [KeyValuePairs<String, RenderValue>] {
    [
      [
        "velden": .list(NewCase.Fact.allCases.map(field)),
        "algemeen": .list(
          problems.filter { $0.fact == nil }.map { RenderNode(["tekst": .text($0.message)]) }),
        "meer_mappen": .flag(folders.count > 1),
        "mappen_keuze": .list(
          folders.enumerated().map { index, folder in
            RenderNode([
              "nummer": .text(String(index)), "naam": .text(folder), "gekozen": .flag(index == chosenFolder),
            ])
          }),
      ]
    ]
  }

  private func field(_ fact: NewCase.Fact) -> RenderNode {
    let path = fact.rawValue
    let key = Self.key(path)
    let messages = problems.filter { $0.fact == fact }.map { problem in
      switch fact {
      case .naam, .werkgever, .eersteZiektedag: return Self.label(fact) + " " + problem.message
      case .kenmerk, .bsn: return problem.message
      }
    }
    return RenderNode([
      "naam": .text(path), "anker": .text(FormAnchor.id(path)), "label": .text(Self.label(fact)),
      "help": .text(key?.description ?? ""), "waarde": .text(values[fact] ?? ""),
      "type": .text(fact == .eersteZiektedag ? "date" : "text"),
      "verplicht": .flag(fact == .kenmerk || fact == .naam || fact == .eersteZiektedag),
      "meldingen": .list(messages.map { RenderNode(["tekst": .text(Masking.maskBSNs(in: $0))]) }),
      "fout": .flag(!messages.isEmpty),
    ])
  }

  /// The label of a fact as the edit form names its field.
  static func label(_ fact: NewCase.Fact) -> String {
    switch fact {
    case .kenmerk: return "Kenmerk"
    case .naam: return "Naam werknemer"
    case .eersteZiektedag: return "Eerste ziektedag"
    case .bsn: return "BSN"
    case .werkgever: return "Naam werkgever"
    }
  }

  /// The catalogue's key at a dotted path (`werknemer.naam`).
  static func key(_ path: String) -> FormatKey? {
    var object = FormatCatalogue.root
    let names = path.split(separator: ".").map(String.init)
    for (index, name) in names.enumerated() {
      guard let key = object.keys.first(where: { $0.name == name }) else { return nil }
      if index == names.count - 1 { return key }
      guard case .object(let nested) = key.value, let next = FormatCatalogue.object(nested) else {
        return nil
      }
      object = next
    }
    return nil
  }
}
