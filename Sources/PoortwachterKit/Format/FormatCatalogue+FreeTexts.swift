extension FormatCatalogue {
  /// Every text field of the format by path pattern (`evaluaties[].verslag`, an item of a text
  /// list as `werknemer.bekwaamheden.opleidingen[]`) with how it is screened. Derived from the
  /// declarations, so a text key added to the catalogue is screened without further work: the
  /// decoder records each text it reads at one of these patterns (``LoadedCase/freeTexts``).
  public static let freeTexts: [(pattern: String, screening: FormatKey.Screening)] = {
    var result: [(pattern: String, screening: FormatKey.Screening)] = []
    func walk(_ object: FormatObject, _ path: String, depth: Int) {
      guard depth < 12 else { return }
      for key in object.keys {
        let child = path.isEmpty ? key.name : path + "." + key.name
        switch key.value {
        case .text: result.append((child, key.screening))
        case .textList: result.append((child + "[]", key.screening))
        case .object(let name): if let nested = Self.object(name) { walk(nested, child, depth: depth + 1) }
        case .list(let name):
          if let nested = Self.object(name) { walk(nested, child + "[]", depth: depth + 1) }
        default: break
        }
      }
    }
    walk(root, "", depth: 0)
    return result
  }()

  /// How the text at path pattern `pattern` is screened, or `nil` when no text field has it.
  static func screening(atPattern pattern: String) -> FormatKey.Screening? { screeningByPattern[pattern] }

  private static let screeningByPattern: [String: FormatKey.Screening] = Dictionary(
    freeTexts.map { ($0.pattern, $0.screening) }, uniquingKeysWith: { first, _ in first })
}
