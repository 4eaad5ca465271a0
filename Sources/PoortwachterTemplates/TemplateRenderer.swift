/// Runs a ``TemplateProgram`` with a typed context straight into UTF-8 bytes: one output buffer,
/// one context stack that sections push on and pop from, one stack of open sections and partials,
/// no dynamic casts and no intermediate strings.
///
/// Text and numbers are always escaped for HTML and XML (`& < > " '`), also with `{{{ }}}`, so no
/// case text can ever become markup.
struct TemplateRenderer: ~Copyable {
  /// The position of the element being rendered in a list section (for `index()`, `first()`, ...).
  private struct ListPosition {
    let index: Int
    let count: Int
  }

  /// A section or partial being rendered, and what its end undoes.
  private struct Frame {
    enum Kind {
      /// A true flag or a false inverted section: nothing to undo.
      case plain
      /// A level or text pushed on the context stack.
      case level
      /// A list: the current element is on the context stack, the list on ``lists``.
      case list
      /// An inverted section of an empty list (no list position inside it).
      case emptyList
      /// A partial: return to `returnTo` with the indentation cut back to `indentation` bytes.
      case partial
    }

    let kind: Kind
    /// The list position outside the section or partial.
    let outer: ListPosition?
    /// A list's current element.
    var index = 0
    var count = 0
    var returnTo = 0
    var indentation = 0
  }

  /// Partials deeper than this are a template error (a partial that includes itself forever).
  static let maximumPartialDepth = 64
  /// Tags and text pieces rendered for one document before rendering stops: a template that fans
  /// out without end (partials that include each other many times) is an error, not a hang.
  static let maximumSteps = 20_000_000
  /// Output size at which rendering stops (256 MiB; a dossier is well under 1 MiB).
  static let maximumOutput = 256 << 20

  private let program: TemplateProgram
  private let stepLimit: Int
  private let locate: (TemplateSpot) -> TemplatePosition?
  /// The rendered bytes so far.
  private var buffer: OutputBuffer
  /// The rendered bytes.
  var output: [UInt8] { buffer.bytes }
  /// The number of rendered bytes.
  var outputCount: Int { buffer.count }
  /// Keys (indices into the program's keys) no level of the context had, in the order first missed.
  private(set) var missedKeys: [Int] = []
  /// For each key of the program, the instruction that first missed it (-1: none); made on the
  /// first miss.
  private var missedAt: [Int] = []
  /// Problems found while rendering: a list or level written as text, an unknown or too deep partial.
  private(set) var problems: Set<RenderProblem> = []

  private var stack: [RenderValue]
  private var lists: [[RenderNode]] = []
  private var frames: [Frame] = []
  private var listPosition: ListPosition?
  private var indentation: [UInt8] = []
  private var atLineStart = false
  private var depth = 0
  private var steps = 0

  /// A renderer of `program` with `context`; `locate` turns a tag's place into a line and column
  /// for messages.
  init(
    context: RenderNode, program: TemplateProgram, capacity: Int = 16_384,
    maximumSteps: Int = TemplateRenderer.maximumSteps,
    locate: @escaping (TemplateSpot) -> TemplatePosition? = { _ in nil }
  ) {
    self.program = program
    self.locate = locate
    stepLimit = maximumSteps
    stack = [.node(context)]
    stack.reserveCapacity(16)
    frames.reserveCapacity(16)
    buffer = OutputBuffer(capacity: capacity)
  }

  /// Names no level of the context had, each with the first tag that asked for it (``KnownKeys``
  /// decides which are typos).
  var missed: [String: TemplateSpot] {
    var result: [String: TemplateSpot] = [:]
    for key in missedKeys { result[program.keys[key]] = spot(missedAt[key]) }
    return result
  }

  /// The names of ``missedKeys``.
  var missedNames: [String] { missedKeys.map { program.keys[$0] } }

  /// The template and byte offset of the tag of instruction `index`.
  private func spot(_ index: Int) -> TemplateSpot {
    let offset: Int
    switch program.code[index] {
    case .variable(let name), .section(let name, _, _): offset = program.names[name].offset
    case .partial(_, _, _, let tag), .unknownPartial(_, let tag): offset = tag
    case .text, .lines, .end, .stop: offset = 0
    }
    return TemplateSpot(template: program.template(at: index), offset: offset)
  }

  /// Renders the template `name` at the current position of the output (nothing when the program
  /// has no such template).
  mutating func render(_ name: String) {
    guard let entry = program.entries[name] else { return }
    run(from: entry)
  }

  /// Runs the program from instruction `entry` up to the ``TemplateProgram/Instruction/stop`` of
  /// its template.
  private mutating func run(from entry: Int) {
    var index = entry
    while true {
      switch program.code[index] {
      case .text(let start, let count, let endsLine):
        guard step() else { return }
        emitTemplateText(start, count, endsLine: endsLine)
        index += 1
      case .lines(let start, let count, let lines):
        guard emitLines(start, count, lines) else { return }
        index += 1
      case .variable(let name):
        guard step() else { return }
        write(resolve(name, at: index), name: name, at: index)
        index += 1
      case .section(let name, let inverted, let end):
        guard step() else { return }
        let value = resolve(name, at: index)
        let enters = inverted ? enterInverted(value) : enterSection(value)
        index = enters ? index + 1 : end + 1
      case .end(let section):
        index = leave(section: section, end: index)
      case .partial(let partialEntry, let start, let count, _):
        guard step() else { return }
        guard depth < Self.maximumPartialDepth else {
          let name = program.template(at: partialEntry)
          problems.insert(
            .partialsTooDeep(partial: name, limit: Self.maximumPartialDepth, at: locate(spot(index))))
          index += 1
          continue
        }
        frames.append(
          Frame(kind: .partial, outer: listPosition, returnTo: index + 1, indentation: indentation.count))
        listPosition = nil
        if count > 0 { indentation += program.text[start..<(start + count)] }
        depth += 1
        index = partialEntry
      case .unknownPartial(let name, _):
        guard step() else { return }
        problems.insert(.unknownPartial(program.partialNames[name], at: locate(spot(index))))
        index += 1
      case .stop:
        guard let frame = frames.popLast() else { return }
        listPosition = frame.outer
        indentation.removeLast(indentation.count - frame.indentation)
        depth -= 1
        index = frame.returnTo
      }
    }
  }

  /// Counts a step; false (and a problem) when the template has rendered too much.
  private mutating func step() -> Bool {
    steps += 1
    guard steps > stepLimit || buffer.count > Self.maximumOutput else { return true }
    problems.insert(.tooMuchOutput(steps: stepLimit))
    return false
  }

  /// Opens a section for `value`; whether its body renders.
  private mutating func enterSection(_ value: RenderValue?) -> Bool {
    switch value {
    case .list(let items)?:
      guard let first = items.first else { return false }
      frames.append(Frame(kind: .list, outer: listPosition, count: items.count))
      listPosition = ListPosition(index: 0, count: items.count)
      stack.append(.node(first))
      lists.append(items)
      return true
    case .flag(true)?:
      frames.append(Frame(kind: .plain, outer: listPosition))
      return true
    case .flag(false)?, .absent?, nil:
      return false
    case let value?:
      frames.append(Frame(kind: .level, outer: listPosition))
      listPosition = nil
      stack.append(value)
      return true
    }
  }

  /// Opens an inverted section for `value`; whether its body renders.
  private mutating func enterInverted(_ value: RenderValue?) -> Bool {
    switch value {
    case .flag(false)?, .absent?, nil:
      frames.append(Frame(kind: .plain, outer: listPosition))
      return true
    case .list(let items)? where items.isEmpty:
      frames.append(Frame(kind: .emptyList, outer: listPosition))
      listPosition = nil
      return true
    default:
      return false
    }
  }

  /// At the end of the section that starts at `section`: the index of the next instruction.
  private mutating func leave(section: Int, end: Int) -> Int {
    let top = frames.count - 1
    let frame = frames[top]
    switch frame.kind {
    case .list:
      let next = frame.index + 1
      if next < frame.count {
        frames[top].index = next
        listPosition = ListPosition(index: next, count: frame.count)
        stack[stack.count - 1] = .node(lists[lists.count - 1][next])
        return section + 1
      }
      lists.removeLast()
      stack.removeLast()
    case .level:
      stack.removeLast()
    case .plain, .emptyList, .partial:
      break
    }
    listPosition = frame.outer
    frames.removeLast()
    return end + 1
  }

  /// The value of name `index` (asked for by instruction `at`), after its functions; `nil` when
  /// there is none.
  private mutating func resolve(_ index: Int, at instruction: Int) -> RenderValue? {
    let name = program.names[index]
    var value: RenderValue?
    var part = name.parts.lowerBound
    var functions = name.functions
    switch name.scope {
    case .item, .current:
      value = stack.last
    case .position:
      guard let position = listPosition, !functions.isEmpty else { return nil }
      value = Self.positional(program.functions[functions.lowerBound], position)
      functions = (functions.lowerBound + 1)..<functions.upperBound
    case .stack:
      guard part < name.parts.upperBound else { return nil }
      let first = program.parts[part]
      let key = program.keys[first.key]
      // From the innermost level outwards, in place: the stack holds every level during the
      // lookup, so the levels passed are read without a reference count.
      value = stack.withUnsafeBufferPointer { levels in
        var level = levels.count - 1
        while level >= 0 {
          if let value = RenderValue.child(of: levels[level].lookupTarget, key, hash: first.hash) {
            return value
          }
          level -= 1
        }
        return nil
      }
      if value == nil { miss(first.key, at: instruction) }
      part += 1
    }
    while part < name.parts.upperBound {
      guard let level = value, level.hasKeys else { return nil }
      let next = program.parts[part]
      value = level.child(program.keys[next.key], hash: next.hash)
      if value == nil { miss(next.key, at: instruction) }
      part += 1
    }
    guard var result = value else { return nil }
    if case .absent = result { return nil }
    for function in functions {
      guard let next = result.applying(program.functions[function]) else { return nil }
      result = next
    }
    return result
  }

  /// Records that no level had key `key`, asked for by instruction `at` (the first such is kept).
  private mutating func miss(_ key: Int, at instruction: Int) {
    if missedAt.isEmpty { missedAt = Array(repeating: -1, count: program.keys.count) }
    guard missedAt[key] < 0 else { return }
    missedAt[key] = instruction
    missedKeys.append(key)
  }

  private static func positional(_ function: TemplateFunction, _ position: ListPosition) -> RenderValue? {
    switch function {
    case .first: .flag(position.index == 0)
    case .last: .flag(position.index == position.count - 1)
    case .index: .number(position.index)
    case .even: .flag(position.index & 1 == 0)
    case .odd: .flag(position.index & 1 == 1)
    default: nil
    }
  }

  private mutating func write(_ value: RenderValue?, name: Int, at instruction: Int) {
    switch value {
    case .text(let text)?: emitValue(text)
    case .number(let number)?: emitValue(String(number))
    case .flag(let flag)?: emitValue(flag ? "true" : "false")
    case .absent?, nil: break
    case .node?, .list?, .lazy?:
      let written = program.written[program.names[name].written]
      problems.insert(.notText(written: written, at: locate(spot(instruction))))
    }
  }

  private mutating func emitTemplateText(_ start: Int, _ count: Int, endsLine: Bool) {
    guard count > 0 else { return }
    if atLineStart {
      buffer.append(indentation)
      atLineStart = false
    }
    buffer.append(UnsafeBufferPointer(rebasing: program.text[start..<(start + count)]))
    if endsLine, !indentation.isEmpty { atLineStart = true }
  }

  /// Text pieces in a row: at once when no indentation applies and no limit is near, else piece by
  /// piece (one step each, as separate pieces are); false when rendering stopped.
  private mutating func emitLines(_ start: Int, _ count: Int, _ lines: Range<Int>) -> Bool {
    if indentation.isEmpty, steps + lines.count <= stepLimit, buffer.count + count <= Self.maximumOutput {
      steps += lines.count
      if count > 0 { atLineStart = false }
      buffer.append(UnsafeBufferPointer(rebasing: program.text[start..<(start + count)]))
      return true
    }
    for line in lines {
      guard step() else { return false }
      if case .text(let start, let count, let endsLine) = program.lines[line] {
        emitTemplateText(start, count, endsLine: endsLine)
      }
    }
    return true
  }

  private mutating func emitValue(_ text: String) {
    guard !text.isEmpty else { return }
    if atLineStart {
      buffer.append(indentation)
      atLineStart = false
    }
    Escaping.append(text, to: &buffer)
  }
}
