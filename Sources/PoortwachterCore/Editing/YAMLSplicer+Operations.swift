/// The text operations of ``YAMLSplicer``: replace a value, add a key or list item, remove one.
extension YAMLSplicer {
  /// Replaces the value of `target` with `value`.
  func replace(_ target: Located, with value: EditValue) throws(CaseEditFailure) -> Splice {
    let span = try self.span(of: target)
    let start = text.offset(span.start)
    let isEmpty = span.start == span.end
    guard let parent = target.parent else {
      throw .unsupported(target.path, reason: "het hele document kan niet in één keer vervangen worden")
    }
    // Inside `[...]` or `{...}`, and for a value that is itself written in flow style: flow style.
    if target.inFlow || span.style == .flowCollection {
      if isEmpty {
        let after = try afterColon(of: target)
        return Splice(range: after..<after, text: " " + YAMLValueWriter.inline(value, inFlow: target.inFlow))
      }
      return Splice(
        range: start..<text.offset(span.end), text: YAMLValueWriter.inline(value, inFlow: target.inFlow))
    }
    let end = try contentEnd(of: target)
    let isCollection = span.style == .blockCollection
    if target.entry != nil {
      let after = try afterColon(of: target)
      if value.isNonEmptyCollection {
        let lines = YAMLValueWriter.blockLines(value, indent: try keyColumn(of: target) + 2)
        return Splice(range: after..<end, text: text.newline + lines.joined(separator: text.newline))
      }
      let inline = YAMLValueWriter.inline(value, inFlow: false)
      if isEmpty || isCollection { return Splice(range: after..<end, text: " " + inline) }
      return Splice(range: start..<end, text: inline)
    }
    // A list item in block style.
    guard !isEmpty, parent.node.span?.style == .blockCollection else {
      throw .unsupported(target.path, reason: "een leeg lijstitem ('-' zonder waarde)")
    }
    guard value.isNonEmptyCollection else {
      return Splice(range: start..<end, text: YAMLValueWriter.inline(value, inFlow: false))
    }
    let column = try self.column(of: start, path: target.path)
    var lines = YAMLValueWriter.blockLines(value, indent: column)
    lines[0] = String(lines[0].dropFirst(column))
    return Splice(range: start..<end, text: lines.joined(separator: text.newline))
  }

  /// Adds `entry` at the end of the mapping `mapping`.
  func insert(_ entry: EditEntry, into mapping: Located) throws(CaseEditFailure) -> Splice {
    let span = try self.span(of: mapping)
    if span.style == .flowCollection {
      let written =
        YAMLValueWriter.key(entry.key, inFlow: true) + ": "
        + YAMLValueWriter.inline(entry.value, inFlow: true)
      guard mapping.childCount > 0 else {
        return try intoEmptyFlow(span, path: mapping.path, text: " \(written) ")
      }
      let end = try contentEnd(of: mapping.child(mapping.childCount - 1, path: mapping.path))
      return Splice(range: end..<end, text: ", " + written)
    }
    guard case .mapping(let entries) = mapping.node.content, let first = entries.first?.keySpan else {
      throw .unsupported(mapping.path, reason: "een lege mapping in blokstijl")
    }
    let indent = try column(of: text.offset(first.start), path: mapping.path)
    return try appendLines(
      YAMLValueWriter.entryLines(entry, indent: indent),
      after: mapping.child(entries.count - 1, path: mapping.path))
  }

  /// Adds `value` as the last item of the list `list`.
  func append(_ value: EditValue, to list: Located) throws(CaseEditFailure) -> Splice {
    let span = try self.span(of: list)
    if span.style == .flowCollection {
      let written = YAMLValueWriter.inline(value, inFlow: true)
      guard list.childCount > 0 else { return try intoEmptyFlow(span, path: list.path, text: written) }
      let end = try contentEnd(of: list.child(list.childCount - 1, path: list.path))
      return Splice(range: end..<end, text: ", " + written)
    }
    let dash = text.offset(span.start)
    guard list.childCount > 0, text.bytes[dash] == UInt8(ascii: "-") else {
      throw .unsupported(list.path, reason: "een lijst met een label of in een onverwachte vorm")
    }
    let indent = try column(of: dash, path: list.path)
    return try appendLines(
      YAMLValueWriter.blockLines(.list([value]), indent: indent),
      after: list.child(list.childCount - 1, path: list.path))
  }

  /// Removes child `index` of the mapping or list `parent`.
  func remove(child index: Int, of parent: Located) throws(CaseEditFailure) -> Splice {
    let count = parent.childCount
    let isMapping: Bool
    if case .mapping = parent.node.content { isMapping = true } else { isMapping = false }
    if count == 1 { return try replace(parent, with: isMapping ? .mapping([]) : .list([])) }
    let target = parent.child(index, path: parent.path)
    func start(_ child: Int) throws(CaseEditFailure) -> Int {
      if case .mapping(let entries) = parent.node.content {
        guard let key = entries[child].keySpan else {
          throw .unsupported(parent.path, reason: "een sleutel zonder positie")
        }
        return text.offset(key.start)
      }
      return text.offset(try span(of: parent.child(child, path: parent.path)).start)
    }
    let first = try start(index)
    if try span(of: parent).style == .flowCollection {
      if index < count - 1 { return Splice(range: first..<(try start(index + 1)), text: "") }
      let previousEnd = try contentEnd(of: parent.child(index - 1, path: parent.path))
      return Splice(range: previousEnd..<(try contentEnd(of: target)), text: "")
    }
    let lineStart = text.lineStart(first)
    var prefix = text.bytes[lineStart..<first].drop { $0 == 0x20 }
    if !isMapping, prefix.first == UInt8(ascii: "-") { prefix = prefix.dropFirst().drop { $0 == 0x20 } }
    if prefix.isEmpty {
      return Splice(range: lineStart..<text.lineEnd(try contentEnd(of: target) - 1), text: "")
    }
    if isMapping, index < count - 1 { return Splice(range: first..<(try start(index + 1)), text: "") }
    throw .unsupported(target.path, reason: "meer dan één waarde op dezelfde regel")
  }

  // MARK: - Positions

  /// Lines placed after the line where `last` (the last child of a block collection) ends.
  private func appendLines(_ lines: [String], after last: Located) throws(CaseEditFailure) -> Splice {
    let position = text.lineEnd(try contentEnd(of: last) - 1)
    let body = lines.joined(separator: text.newline)
    if position == text.bytes.count, text.bytes.last != 0x0A {
      return Splice(range: position..<position, text: text.newline + body)
    }
    return Splice(range: position..<position, text: body + text.newline)
  }

  /// Writes into `[]` or `{}` right after the opening bracket.
  private func intoEmptyFlow(_ span: SourceSpan, path: EditPath, text written: String) throws(CaseEditFailure)
    -> Splice
  {
    let open = text.offset(span.start)
    guard !span.hasProperties, [UInt8(ascii: "["), UInt8(ascii: "{")].contains(text.bytes[open]) else {
      throw .unsupported(path, reason: "een lege lijst of mapping met een label")
    }
    return Splice(range: (open + 1)..<(open + 1), text: written)
  }

  func span(of located: Located) throws(CaseEditFailure) -> SourceSpan {
    guard let span = located.node.span else {
      throw .unsupported(located.path, reason: "geen positie bekend")
    }
    return span
  }

  /// The byte offset just past the last character of the value (a block scalar without its
  /// trailing line breaks, a block collection up to its last value).
  func contentEnd(of located: Located) throws(CaseEditFailure) -> Int {
    let span = try self.span(of: located)
    switch located.node.content {
    case .null, .scalar:
      if span.start == span.end { return try afterColon(of: located) }
      if span.style == .literal || span.style == .folded {
        return text.trimmedEnd(from: text.offset(span.start), to: text.offset(span.end))
      }
      return text.offset(span.end)
    case .mapping, .sequence:
      if span.style == .flowCollection { return text.offset(span.end) }
      guard located.childCount > 0 else { throw .unsupported(located.path, reason: "een lege verzameling") }
      return try contentEnd(of: located.child(located.childCount - 1, path: located.path))
    }
  }

  /// The byte offset after the `:` of the key whose value `located` is.
  func afterColon(of located: Located) throws(CaseEditFailure) -> Int {
    guard let keySpan = located.entry?.keySpan, let after = text.afterColon(keyEnd: text.offset(keySpan.end))
    else {
      throw .unsupported(located.path, reason: "een lege waarde op een plek zonder sleutel")
    }
    return after
  }

  /// The column (0-based) of the key of the entry whose value `located` is.
  private func keyColumn(of located: Located) throws(CaseEditFailure) -> Int {
    guard let keySpan = located.entry?.keySpan else {
      throw .unsupported(located.path, reason: "een waarde zonder sleutel")
    }
    return try column(of: text.offset(keySpan.start), path: located.path)
  }

  /// The column of byte `offset`; the line before it must be ASCII (spaces and `- `).
  private func column(of offset: Int, path: EditPath) throws(CaseEditFailure) -> Int {
    let start = text.lineStart(offset)
    guard text.bytes[start..<offset].allSatisfy({ $0 == 0x20 || $0 == UInt8(ascii: "-") }) else {
      throw .unsupported(path, reason: "een waarde die niet aan het begin van haar regel staat")
    }
    return offset - start
  }
}
