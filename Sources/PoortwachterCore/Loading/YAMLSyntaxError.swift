/// A problem libyaml (or the composer on top of it) reports for a YAML text, in libyaml's own
/// English words; ``YAMLErrorMessage`` turns it into a Dutch message at the right position.
struct YAMLSyntaxError: Error, Equatable {
  /// The stage that noticed the problem.
  enum Stage: Equatable {
    /// The text is not readable as UTF-8 YAML characters.
    case reader
    /// The tokenizer: quotes, indentation, characters that cannot start a token.
    case scanner
    /// The grammar: a token in a place where it cannot stand.
    case parser
    /// Composing nodes: an undefined alias, a second document.
    case composer
    /// A key occurs more than once in one mapping.
    case duplicateKeys
    /// The document has more values than the composer accepts (see ``YAMLTreeBuilder/maxValues``).
    case tooManyValues
    /// libyaml could not go on for another reason (out of memory).
    case other
  }

  /// What libyaml was reading when it found the problem, and where that started.
  struct Context: Equatable {
    let text: String
    let location: SourceLocation
  }

  let stage: Stage
  /// libyaml's description of what was reading ("while scanning a quoted scalar"), if any.
  let context: Context?
  /// libyaml's description of the problem ("found undefined alias").
  let problem: String
  /// Where the problem was noticed; for ``Stage/duplicateKeys`` the first occurrence of the key.
  let location: SourceLocation
  /// For ``Stage/duplicateKeys``: the keys that occur more than once, sorted; a list or mapping
  /// used as a key is named ``complexKeyName``.
  var duplicates: [String] = []

  /// How a duplicated key that is a list or mapping is named in a message.
  static let complexKeyName = "(een lijst of mapping)"
}
