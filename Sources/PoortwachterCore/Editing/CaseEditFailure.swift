/// Why the editor did not change a case file. Nothing is changed when any change fails.
public enum CaseEditFailure: Error, Sendable, Equatable {
  /// The file is XML (or another syntax): only YAML case files are edited.
  case notYAML(file: String)
  /// The text is no readable YAML; the loader's diagnostics say why.
  case unreadable([Diagnostic])
  /// A key or list item on the path does not exist.
  case notFound(EditPath)
  /// The path goes through a value of the wrong kind (a key into a list, a position into a text).
  case wrongKind(EditPath, expected: String)
  /// The file is written in a way the editor does not change (anchors and aliases, or a layout
  /// it cannot place the change in without touching other text).
  case unsupported(EditPath, reason: String)
  /// The editor's own check found that the new text would not read back as the old text plus
  /// exactly this change; the change is refused instead of written.
  case notFaithful(EditPath)

  /// The Dutch explanation for a user, with what to do.
  public var message: String {
    switch self {
    case .notYAML(let file):
      return
        "\(file): fout: alleen YAML is bewerkbaar; dit XML-bestand kan alleen met de hand gewijzigd worden"
    case .unreadable(let diagnostics):
      let first = diagnostics.first?.formatted ?? "het bestand kan niet gelezen worden"
      return "het bestand is nu al niet leesbaar; herstel dit eerst: \(first)"
    case .notFound(let path):
      return "veld '\(path)' bestaat niet in dit bestand; controleer de naam en de positie in de lijst"
    case .wrongKind(let path, let expected):
      return "veld '\(path)' is geen \(expected); kies een ander veldpad"
    case .unsupported(let path, let reason):
      return "veld '\(path)' kan niet automatisch gewijzigd worden: \(reason); wijzig het bestand met de hand"
    case .notFaithful(let path):
      return "de wijziging van '\(path)' kan niet veilig geschreven worden (het bestand zou anders gelezen "
        + "worden dan bedoeld); er is niets gewijzigd; wijzig dit veld met de hand"
    }
  }
}
