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
        case .textOrObjectList(let name):
          result.append((child + "[]", key.screening))
          if let nested = Self.object(name) { walk(nested, child + "[]", depth: depth + 1) }
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

  /// The text keys of the mapping at path pattern `pattern` (`evaluaties[]`, `""` for the top
  /// level) with how each is screened (a text list by its own key), or `nil` when it has none:
  /// one lookup per mapping the decoder reads, not one per text.
  static func textKeys(ofMappingAt pattern: String) -> [String: FormatKey.Screening]? {
    textKeysByMapping[pattern]
  }

  private static let textKeysByMapping: [String: [String: FormatKey.Screening]] = {
    var result: [String: [String: FormatKey.Screening]] = [:]
    for (pattern, screening) in freeTexts {
      let field = pattern.hasSuffix("[]") ? String(pattern.dropLast(2)) : pattern
      let cut = field.lastIndex(of: ".")
      let mapping = cut.map { String(field[..<$0]) } ?? ""
      let key = cut.map { String(field[field.index(after: $0)...]) } ?? field
      result[mapping, default: [:]][key] = screening
    }
    return result
  }()
}
