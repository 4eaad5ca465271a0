/// Renders parsed templates with a typed context straight into UTF-8 bytes: one output buffer, one
/// context stack that sections push on and pop from, no dynamic casts and no intermediate strings.
///
/// Text and numbers are always escaped for HTML and XML (`& < > " '`), also with `{{{ }}}`, so no
/// case text can ever become markup.
struct TemplateRenderer {
  /// The position of the element being rendered in a list section (for `index()`, `first()`, ...).
  private struct ListPosition {
    let index: Int
    let count: Int
  }

  /// Partials deeper than this are a template error (a partial that includes itself forever).
  static let maximumPartialDepth = 64
  /// Tags and text pieces rendered for one document before rendering stops: a template that fans
  /// out without end (partials that include each other many times) is an error, not a hang.
  static let maximumSteps = 20_000_000
  /// Output size at which rendering stops (256 MiB; a dossier is well under 1 MiB).
  static let maximumOutput = 256 << 20

  private let partials: [String: [TemplateToken]]
  private let stepLimit: Int
  private let locate: (TemplateSpot) -> TemplatePosition?
  /// The rendered bytes.
  private(set) var output: [UInt8] = []
  /// Names no level of the context had, each with the first tag that asked for it (``KnownKeys``
  /// decides which are typos).
  private(set) var missed: [String: TemplateSpot] = [:]
  /// Problems found while rendering: a list or level written as text, an unknown or too deep partial.
  private(set) var problems: Set<RenderProblem> = []
  /// The template (or partial) whose tokens are being rendered.
  private var template: String

  private var stack: [RenderValue]
  private var listPosition: ListPosition?
  private var indentation: [UInt8] = []
  private var atLineStart = false
  private var depth = 0
  private var steps = 0
  private var stopped = false

  /// A renderer of the template `template` (its name, for positions) that finds partials in
  /// `partials`; `locate` turns a tag's place into a line and column for messages.
  init(
    context: RenderNode, partials: [String: [TemplateToken]], template: String = "", capacity: Int = 16_384,
    maximumSteps: Int = TemplateRenderer.maximumSteps,
    locate: @escaping (TemplateSpot) -> TemplatePosition? = { _ in nil }
  ) {
    self.partials = partials
    self.template = template
    self.locate = locate
    stepLimit = maximumSteps
    stack = [.node(context)]
    output.reserveCapacity(capacity)
  }

  /// Renders `tokens` at the current position of the output.
  mutating func render(_ tokens: [TemplateToken]) {
    for token in tokens {
      steps += 1
      if steps > stepLimit || output.count > Self.maximumOutput {
        if !stopped {
          problems.insert(.tooMuchOutput(steps: stepLimit))
          stopped = true
        }
        return
      }
      switch token {
      case .text(let text):
        emitTemplateText(text)
      case .variable(let name):
        write(resolve(name), name: name)
      case .section(let name, let inverted, let body):
        let value = resolve(name)
        if inverted {
          renderInverted(value, body)
        } else {
          renderSection(value, body)
        }
      case .partial(let name, let extra, let offset):
        renderPartial(name, indentation: extra, offset: offset)
      }
    }
  }

  private mutating func renderSection(_ value: RenderValue?, _ body: [TemplateToken]) {
    switch value {
    case .list(let items)?:
      let outer = listPosition
      for (index, item) in items.enumerated() {
        listPosition = ListPosition(index: index, count: items.count)
        stack.append(.node(item))
        render(body)
        stack.removeLast()
      }
      listPosition = outer
    case .flag(true)?:
      render(body)
    case .flag(false)?, .absent?, nil:
      break
    case let value?:
      let outer = listPosition
      listPosition = nil
      stack.append(value)
      render(body)
      stack.removeLast()
      listPosition = outer
    }
  }

  private mutating func renderInverted(_ value: RenderValue?, _ body: [TemplateToken]) {
    switch value {
    case .flag(false)?, .absent?, nil:
      render(body)
    case .list(let items)? where items.isEmpty:
      let outer = listPosition
      listPosition = nil
      render(body)
      listPosition = outer
    default:
      break
    }
  }

  private mutating func renderPartial(_ name: String, indentation extra: [UInt8], offset: Int) {
    guard let tokens = partials[name] else {
      problems.insert(.unknownPartial(name, at: locate(TemplateSpot(template: template, offset: offset))))
      return
    }
    guard depth < Self.maximumPartialDepth else {
      problems.insert(
        .partialsTooDeep(
          partial: name, limit: Self.maximumPartialDepth,
          at: locate(TemplateSpot(template: template, offset: offset))))
      return
    }
    let (outerPosition, outerIndentation, outerTemplate) = (listPosition, indentation, template)
    listPosition = nil
    indentation += extra
    template = name
    depth += 1
    render(tokens)
    depth -= 1
    (listPosition, indentation, template) = (outerPosition, outerIndentation, outerTemplate)
  }

  /// The value a name stands for, after its functions; `nil` when there is none.
  private mutating func resolve(_ name: TemplateName) -> RenderValue? {
    var value: RenderValue?
    var part = 0
    var functions = name.functions[...]
    switch name.scope {
    case .item:
      value = stack.last
    case .position:
      guard let position = listPosition, let function = functions.popFirst() else { return nil }
      value = Self.positional(function, position)
    case .current:
      value = stack.last
    case .stack:
      guard let first = name.path.first else { return nil }
      let hash = name.hashes[0]
      var level = stack.count - 1
      while level >= 0, value == nil {
        value = stack[level].child(first, hash: hash)
        level -= 1
      }
      if value == nil { miss(first, name) }
      part = 1
    }
    while part < name.path.count {
      guard let level = value, level.hasKeys else { return nil }
      value = level.child(name.path[part], hash: name.hashes[part])
      if value == nil { miss(name.path[part], name) }
      part += 1
    }
    guard var result = value else { return nil }
    if case .absent = result { return nil }
    for function in functions {
      guard let next = result.applying(function) else { return nil }
      result = next
    }
    return result
  }

  /// Records that no level had `key`, asked for by the tag `name` (the first such tag is kept).
  private mutating func miss(_ key: String, _ name: TemplateName) {
    if missed[key] == nil { missed[key] = TemplateSpot(template: template, offset: name.offset) }
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

  private mutating func write(_ value: RenderValue?, name: TemplateName) {
    switch value {
    case .text(let text)?: emitValue(text)
    case .number(let number)?: emitValue(String(number))
    case .flag(let flag)?: emitValue(flag ? "true" : "false")
    case .absent?, nil: break
    case .node?, .list?, .lazy?:
      problems.insert(
        .notText(written: name.written, at: locate(TemplateSpot(template: template, offset: name.offset))))
    }
  }

  private mutating func emitTemplateText(_ text: [UInt8]) {
    guard let last = text.last else { return }
    if atLineStart {
      output.append(contentsOf: indentation)
      atLineStart = false
    }
    output.append(contentsOf: text)
    if !indentation.isEmpty, last == UInt8(ascii: "\n") || last == UInt8(ascii: "\r") { atLineStart = true }
  }

  private mutating func emitValue(_ text: String) {
    guard !text.isEmpty else { return }
    if atLineStart {
      output.append(contentsOf: indentation)
      atLineStart = false
    }
    Escaping.append(text, to: &output)
  }
}
