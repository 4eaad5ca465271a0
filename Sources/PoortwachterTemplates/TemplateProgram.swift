/// Parsed templates compiled once into one flat program: a list of instructions that hold only
/// numbers, all template text in one shared byte buffer, and every tag's name as a row of
/// precomputed key hashes.
///
/// Rendering walks this list with a program counter instead of nested token arrays, so reading an
/// instruction copies a few integers and never touches a reference count. A section is an
/// instruction that jumps past its ``Instruction/end(section:)`` when it does not render; the `end`
/// jumps back for the next element of a list. A partial is a call to the first instruction of
/// another template; every template ends with ``Instruction/stop``, which returns from a partial.
///
/// The program is immutable once made and shared by every render (and thread) of a library.
final class TemplateProgram: @unchecked Sendable {
  /// One step of the program. Every payload is a plain number, so copying one is free.
  enum Instruction: Equatable {
    /// Copy `count` bytes of ``text`` from `start`; `endsLine` when they end with a line break (the
    /// next line of an indented partial starts with its indentation).
    case text(start: Int, count: Int, endsLine: Bool)
    /// Several text pieces in a row (``lines``[`lines`], one ``text(start:count:endsLine:)`` each),
    /// `count` bytes from `start` together: copied at once where no indentation applies.
    case lines(start: Int, count: Int, lines: Range<Int>)
    /// `{{naam}}`: write the value of ``names``[`name`], escaped.
    case variable(name: Int)
    /// `{{#naam}}` (or `{{^naam}}`, `inverted`): go on with the next instruction when the section
    /// renders, else continue after `end` (the index of its ``end(section:)``).
    case section(name: Int, inverted: Bool, end: Int)
    /// The end of the section at index `section`: next list element, or go on.
    case end(section: Int)
    /// `{{> naam}}`: run the template starting at `entry`, with ``text`` bytes
    /// `indentation..<indentation + indentationCount` before each of its lines; `offset` is the tag's
    /// byte offset in its template.
    case partial(entry: Int, indentation: Int, indentationCount: Int, offset: Int)
    /// `{{> naam}}` of a partial the program does not have (``partialNames``[`name`]).
    case unknownPartial(name: Int, offset: Int)
    /// The end of a template: return from a partial, or finish.
    case stop
  }

  /// A tag's name: where the lookup starts, its parts (``parts``) and functions (``functions``).
  struct Name: Equatable {
    let scope: TemplateName.Scope
    /// Indices into ``parts``.
    let parts: Range<Int>
    /// Indices into ``functions``, in the order they apply.
    let functions: Range<Int>
    /// Byte offset of the tag in its template.
    let offset: Int
    /// The name as written (index into ``written``).
    let written: Int
  }

  /// One part of a dotted name: its key (index into ``keys``) and that key's ``RenderNode/hash(_:)``.
  struct Part: Equatable {
    let hash: UInt64
    let key: Int
  }

  /// The instructions of every template, one template after the other.
  let code: [Instruction]
  /// All template text; allocated once with the program and freed with it, so copying from it
  /// needs no reference count.
  let text: UnsafeBufferPointer<UInt8>
  /// The memory of ``text`` (at least one byte).
  private let storage: UnsafeMutableBufferPointer<UInt8>
  /// The pieces of every ``Instruction/lines(start:count:lines:)``: each a
  /// ``Instruction/text(start:count:endsLine:)``.
  let lines: [Instruction]
  /// The names of all tags.
  let names: [Name]
  /// The parts of all names.
  let parts: [Part]
  /// The functions of all names.
  let functions: [TemplateFunction]
  /// Every distinct key a tag names, once.
  let keys: [String]
  /// Names as written, for messages.
  let written: [String]
  /// Partials that no template provides, for messages.
  let partialNames: [String]
  /// The first instruction of each template.
  let entries: [String: Int]
  /// The templates in the order of their code: each one's first instruction and name.
  private let starts: [(start: Int, name: String)]

  /// Compiles `templates` (name and parsed tokens). A partial that is not among them compiles to an
  /// ``Instruction/unknownPartial(name:offset:)``, a problem only when it is reached.
  init(_ templates: [String: [TemplateToken]]) {
    var compiler = Compiler()
    var starts: [(start: Int, name: String)] = []
    var entries: [String: Int] = [:]
    for (name, tokens) in templates.sorted(by: { $0.key < $1.key }) {
      entries[name] = compiler.code.count
      starts.append((compiler.code.count, name))
      compiler.emit(tokens)
      compiler.code.append(.stop)
    }
    var partialNames: [String] = []
    for (index, call) in compiler.calls {
      if let entry = entries[call.name] {
        compiler.code[index] = .partial(
          entry: entry, indentation: call.indentation, indentationCount: call.indentationCount,
          offset: call.offset)
      } else {
        compiler.code[index] = .unknownPartial(name: partialNames.count, offset: call.offset)
        partialNames.append(call.name)
      }
    }
    code = compiler.code
    let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(compiler.text.count, 1))
    _ = storage.initialize(from: compiler.text)
    text = UnsafeBufferPointer(rebasing: storage[0..<compiler.text.count])
    self.storage = storage
    lines = compiler.lines
    names = compiler.names
    parts = compiler.parts
    functions = compiler.functions
    keys = compiler.keys
    written = compiler.written
    self.partialNames = partialNames
    self.entries = entries
    self.starts = starts
  }

  deinit {
    storage.deallocate()
  }

  /// The name of the template that instruction `index` belongs to.
  func template(at index: Int) -> String {
    var low = 0
    var high = starts.count
    while high - low > 1 {
      let middle = (low + high) / 2
      if starts[middle].start <= index { low = middle } else { high = middle }
    }
    return starts.isEmpty ? "" : starts[low].name
  }

  /// Turns tokens into instructions; partial calls are filled in once every template has its place.
  private struct Compiler {
    struct Call {
      let name: String
      let indentation: Int
      let indentationCount: Int
      let offset: Int
    }

    var code: [Instruction] = []
    var text: [UInt8] = []
    var lines: [Instruction] = []
    var names: [Name] = []
    var parts: [Part] = []
    var functions: [TemplateFunction] = []
    var keys: [String] = []
    var keyIndex: [String: Int] = [:]
    var written: [String] = []
    var calls: [(Int, Call)] = []

    mutating func emit(_ tokens: [TemplateToken]) {
      var index = tokens.startIndex
      while index < tokens.endIndex {
        let token = tokens[index]
        index += 1
        switch token {
        case .text(let bytes):
          var run = [piece(bytes)]
          while index < tokens.endIndex, case .text(let more) = tokens[index] {
            run.append(piece(more))
            index += 1
          }
          guard run.count > 1, case .text(let start, _, _) = run[0] else {
            code += run
            continue
          }
          code.append(
            .lines(start: start, count: text.count - start, lines: lines.count..<(lines.count + run.count)))
          lines += run
        case .variable(let name):
          code.append(.variable(name: add(name)))
        case .section(let name, let inverted, let body):
          let start = code.count
          code.append(.stop)
          emit(body)
          code.append(.end(section: start))
          code[start] = .section(name: add(name), inverted: inverted, end: code.count - 1)
        case .partial(let name, let indentation, let offset):
          calls.append(
            (
              code.count,
              Call(name: name, indentation: text.count, indentationCount: indentation.count, offset: offset)
            ))
          text += indentation
          code.append(.stop)
        }
      }
    }

    /// A text piece, its bytes added to ``text``.
    mutating func piece(_ bytes: [UInt8]) -> Instruction {
      let last = bytes.last
      let instruction = Instruction.text(
        start: text.count, count: bytes.count,
        endsLine: last == UInt8(ascii: "\n") || last == UInt8(ascii: "\r"))
      text += bytes
      return instruction
    }

    mutating func add(_ name: TemplateName) -> Int {
      let firstPart = parts.count
      for (part, hash) in zip(name.path, name.hashes) {
        let key: Int
        if let known = keyIndex[part] {
          key = known
        } else {
          key = keys.count
          keys.append(part)
          keyIndex[part] = key
        }
        parts.append(Part(hash: hash, key: key))
      }
      let firstFunction = functions.count
      functions += name.functions
      names.append(
        Name(
          scope: name.scope, parts: firstPart..<parts.count, functions: firstFunction..<functions.count,
          offset: name.offset, written: written.count))
      written.append(name.written)
      return names.count - 1
    }
  }
}
