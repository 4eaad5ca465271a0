import CLibXML2

/// Process-wide libxml2 setup and the per-call error capture.
///
/// libxml2's structured error handler is per thread, so it is set and reset inside one
/// synchronous call (no `await` in between), as ``capturingErrors(_:)`` does.
package enum LibXML {
  /// One libxml2 message with its position.
  struct Message: Sendable {
    let line: Int
    let column: Int
    let text: String
    let isWarning: Bool
    /// libxml2's error code (`xmlParserErrors`), 0 when the message is not libxml2's own.
    var code: Int32 = 0
  }

  /// Collects libxml2 messages for one parse or validation.
  final class Sink {
    var messages: [Message] = []
  }

  private static let initialized: Bool = {
    xmlInitParser()
    return true
  }()

  /// Makes sure `xmlInitParser` ran once before any concurrent use.
  package static func ensureInitialized() { _ = initialized }

  /// The C callback: it captures nothing, so it is a plain function pointer.
  static let handler: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    let sink = Unmanaged<Sink>.fromOpaque(context).takeUnretainedValue()
    let raw = error.pointee.message.map { String(cString: $0) } ?? "onbekende XML-fout"
    sink.messages.append(
      Message(
        line: Int(error.pointee.line), column: Int(error.pointee.int2),
        text: raw.trimmed, isWarning: error.pointee.level == XML_ERR_WARNING, code: error.pointee.code))
  }

  /// Runs `body` with libxml2's structured errors going to a fresh sink.
  static func capturingErrors<T>(_ body: (UnsafeMutableRawPointer) throws -> T) rethrows -> (T, Sink) {
    ensureInitialized()
    let sink = Sink()
    let box = Unmanaged.passUnretained(sink).toOpaque()
    xmlSetStructuredErrorFunc(box, handler)
    defer { xmlSetStructuredErrorFunc(nil, nil) }
    let result = try withExtendedLifetime(sink) { try body(box) }
    return (result, sink)
  }

  /// The options every parse uses: no network, no entity substitution, errors via the handler.
  package static let parseOptions = Int32(
    XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
}
