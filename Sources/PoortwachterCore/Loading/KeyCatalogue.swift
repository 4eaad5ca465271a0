/// The keys the decoder accepts, as seen while it reads a case: for documentation checks (every
/// accepted key is described in `docs/casusformaat.md`) and tools that describe the format.
enum KeyCatalogue {
  /// The accepted keys of every mapping the decoder read in `text`, by path pattern (`""` is the
  /// top level, `evaluaties[].opgesteld_door` a nested one).
  static func accepted(in text: String, syntax: CaseLoader.Syntax) -> [String: [String]] {
    let bag = DiagnosticBag(file: "catalogus", text: text)
    let context = DecodeContext(bag: bag)
    context.acceptedKeys = [:]
    do {
      let tree: SourceNode?
      switch syntax {
      case .yaml: tree = try YAMLTreeBuilder.build(text, bag: bag)
      case .xml: tree = try XMLTreeBuilder.build(text, bag: bag)
      }
      if let tree { _ = try CaseDecoder(context: context).decode(tree) }
    } catch {
      // The bag's limit: what was read so far is still recorded.
    }
    return context.acceptedKeys ?? [:]
  }
}
