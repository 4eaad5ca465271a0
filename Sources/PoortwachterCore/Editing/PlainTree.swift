/// A YAML document as the loader reads it (text of scalars, keys in order), without positions:
/// what an edit must keep equal apart from the change itself.
indirect enum PlainTree: Equatable, Sendable {
  case null
  case scalar(String)
  case mapping([Pair])
  case sequence([PlainTree])

  /// A key and its value.
  struct Pair: Equatable, Sendable {
    let key: String
    let value: PlainTree
  }

  init(_ node: SourceNode) {
    switch node.content {
    case .null: self = .null
    case .scalar(let text): self = .scalar(text)
    case .mapping(let entries): self = .mapping(entries.map { Pair(key: $0.key, value: PlainTree($0.value)) })
    case .sequence(let items): self = .sequence(items.map(PlainTree.init))
    }
  }

  init(_ value: EditValue) {
    switch value {
    case .null: self = .null
    case .string, .date, .integer, .boolean: self = .scalar(value.scalarText ?? "")
    case .list(let items): self = .sequence(items.map(PlainTree.init))
    case .mapping(let entries): self = .mapping(entries.map { Pair(key: $0.key, value: PlainTree($0.value)) })
    }
  }

  /// The tree with `change` applied, as the editor's text must read back; `nil` when the path
  /// does not fit the tree.
  func applying(_ change: CaseChange) -> PlainTree? {
    switch change.normalized {
    case .set(let path, let value):
      return updating(path.steps[...]) { _ in PlainTree(value) }
    case .append(let path, let value):
      return updating(path.steps[...]) { old in
        switch old {
        case nil, .null?: return .sequence([PlainTree(value)])
        case .sequence(let items)?: return .sequence(items + [PlainTree(value)])
        default: return nil
        }
      }
    case .remove(let path):
      return updating(path.steps[...], remove: true) { _ in nil }
    }
  }

  /// Replaces (or with `remove` deletes) the node at `steps`; `update` gets the old node (`nil`
  /// for an absent key, which is then added).
  private func updating(
    _ steps: ArraySlice<EditPath.Step>, remove: Bool = false, _ update: (PlainTree?) -> PlainTree?
  ) -> PlainTree? {
    guard let step = steps.first else { return update(self) }
    let rest = steps.dropFirst()
    switch (step, self) {
    case (.key(let key), .mapping(var pairs)):
      if let index = pairs.firstIndex(where: { $0.key == key }) {
        if rest.isEmpty && remove {
          pairs.remove(at: index)
        } else {
          guard let value = pairs[index].value.updating(rest, remove: remove, update) else { return nil }
          pairs[index] = Pair(key: key, value: value)
        }
        return .mapping(pairs)
      }
      guard rest.isEmpty, !remove, let value = update(nil) else { return nil }
      return .mapping(pairs + [Pair(key: key, value: value)])
    case (.key(let key), .null):
      guard rest.isEmpty, !remove, let value = update(nil) else { return nil }
      return .mapping([Pair(key: key, value: value)])
    case (.item(let number), .sequence(var items)):
      guard number <= items.count else { return nil }
      if rest.isEmpty && remove {
        items.remove(at: number - 1)
      } else {
        guard let value = items[number - 1].updating(rest, remove: remove, update) else { return nil }
        items[number - 1] = value
      }
      return .sequence(items)
    default:
      return nil
    }
  }
}
