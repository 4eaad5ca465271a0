/// One agreement of a plan van aanpak: what is done, by whom, when, and how it stands. A plain text
/// in the case file is an agreement with only its activity (`afspraken: [ Wekelijks contact ]`).
public struct Afspraak: Sendable, Equatable {
  /// How far an agreement is.
  public enum Status: String, Sendable, CaseIterable {
    /// Agreed, not started.
    case open
    /// Under way.
    case lopend
    /// Done.
    case afgerond
    /// Dropped (say why in the activity or an evaluation).
    case vervallen
  }

  /// What is done.
  public var activiteit: String
  /// Who does it (a name or a role: "werknemer", "casemanager P. Bakker").
  public var wie: String?
  /// When: a date or a rhythm ("2024-03-01", "elke 2 weken").
  public var wanneer: String?
  /// How it stands.
  public var status: Status?
  /// Whether the file wrote it as a mapping (`{ activiteit, wie, wanneer, status }`) rather than
  /// as a plain text.
  public var isStructured: Bool

  /// An agreement written as plain text.
  public init(_ activiteit: String) {
    self.activiteit = activiteit
    isStructured = false
  }

  /// An agreement written as a mapping.
  public init(activiteit: String, wie: String?, wanneer: String?, status: Status?) {
    self.activiteit = activiteit
    self.wie = wie
    self.wanneer = wanneer
    self.status = status
    isStructured = true
  }

  /// Whether it says who does it and when (UWV's plan form asks both for every activity).
  public var isComplete: Bool {
    !(wie ?? "").trimmed.isEmpty && !(wanneer ?? "").trimmed.isEmpty
  }
}
