/// Why the facts given to `nieuw` do not make a valid case file.
public struct NewCaseFileError: Error, Sendable {
  /// The loader's diagnostics for the facts.
  public let diagnostics: [Diagnostic]

  /// The problems as Dutch sentences.
  public var messages: [String] {
    diagnostics.isEmpty ? ["deze gegevens geven geen geldig casusbestand"] : diagnostics.map(\.message)
  }
}
