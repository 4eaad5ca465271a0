import Foundation
import PoortwachterCore
import PoortwachterOutput

/// A new case file in a folder: the one `nieuw` step of every front end (`poortwachter nieuw` and
/// the web app's Nieuwe-casus form). The facts are checked (each problem names the fact it is
/// about, in words without command-line options), the commented file (``NewCaseFile``) is named
/// `<kenmerk in kleine letters>.yaml` with a reference to the shipped JSON Schema when this
/// installation has one, and is never written over an existing file, nor next to a case file with
/// the same kenmerk; the folder is made when only it is missing.
public struct NewCase: Sendable {
  /// A fact of a new case.
  public enum Fact: String, Sendable, CaseIterable {
    case kenmerk
    case naam = "werknemer.naam"
    case eersteZiektedag = "verzuim.eerste_ziektedag"
    case bsn = "werknemer.bsn"
    case werkgever = "werkgever.naam"
  }

  /// A fact that does not fit, or a whole-request problem (`fact == nil`).
  public struct Problem: Sendable, Equatable {
    /// The fact it is about.
    public let fact: Fact?
    /// What is wrong and what to do, in Dutch (without the fact's name for a text or date:
    /// the front end puts its own name for the fact in front).
    public let message: String
  }

  /// What became of a request.
  public enum Outcome: Sendable, Equatable {
    /// The file is written here.
    case created(String)
    /// Nothing was written; the problems say why.
    case refused([Problem])
    /// Writing failed (no permission, disk full); the Dutch message says why.
    case failed(String)
  }

  /// The kenmerk.
  public var kenmerk: String
  /// The employee's name.
  public var naam: String
  /// The first sick day as written (`JJJJ-MM-DD`).
  public var eersteZiektedag: String
  /// The BSN, when given.
  public var bsn: String?
  /// The employer's name, when given.
  public var werkgever: String?

  /// A request from the facts as the user gave them.
  public init(
    kenmerk: String, naam: String, eersteZiektedag: String, bsn: String? = nil, werkgever: String? = nil
  ) {
    self.kenmerk = kenmerk
    self.naam = naam
    self.eersteZiektedag = eersteZiektedag
    self.bsn = bsn
    self.werkgever = werkgever
  }

  /// The facts that do not fit, in the order of ``Fact``; empty when they all do.
  public func problems() -> [Problem] {
    var problems: [Problem] = []
    if Kenmerk.isBSN(kenmerk) {
      problems.append(Problem(fact: .kenmerk, message: Kenmerk.bsnMessage(kenmerk)))
    } else if !Kenmerk.isValid(kenmerk) {
      problems.append(
        Problem(
          fact: .kenmerk,
          message:
            "kenmerk '\(kenmerk)' is ongeldig: gebruik 1 tot 64 tekens uit A-Z, a-z, 0-9, '.', '_' en '-'"))
    }
    for (fact, value) in [(Fact.naam, naam), (.werkgever, werkgever ?? "x")] where !Self.isText(value) {
      problems.append(Problem(fact: fact, message: "moet tekst zijn, zonder regeleinden of stuurtekens"))
    }
    if CivilDate(iso: eersteZiektedag) == nil {
      problems.append(
        Problem(
          fact: .eersteZiektedag,
          message: "'\(eersteZiektedag)' is geen geldige datum; gebruik JJJJ-MM-DD, bijv. 2026-11-02"))
    }
    if let bsn, BSN(bsn) == nil {
      problems.append(
        Problem(
          fact: .bsn, message: "BSN '\(BSN.mask(bsn))' bestaat niet uit 9 cijfers die de elfproef doorstaan"))
    }
    return problems
  }

  /// The path of the new file in `folder`.
  public func path(in folder: String) -> String {
    (folder as NSString).appendingPathComponent(kenmerk.lowercased() + ".yaml")
  }

  /// Writes the new case file into `folder`, with the reference to the shipped JSON Schema (see
  /// ``schemaReference(from:)``). Refused when a fact does not fit, the file exists, or a case
  /// file in the folder has the same kenmerk; `folder` is made when it is missing and the folder
  /// above it exists.
  public func create(in folder: String) -> Outcome {
    create(in: folder, schemaReference: Self.schemaReference(from: folder))
  }

  /// ``create(in:)`` with a chosen `schemaReference` (the JSON Schema relative to the folder).
  public func create(in folder: String, schemaReference: String?) -> Outcome {
    let problems = problems()
    guard problems.isEmpty, let first = CivilDate(iso: eersteZiektedag) else { return .refused(problems) }
    let path = path(in: folder)
    if let other = Self.caseFile(withKenmerk: kenmerk, in: folder), other != path {
      return .refused([
        Problem(
          fact: .kenmerk,
          message: "kenmerk '\(kenmerk)' bestaat al in \(other); kies een ander kenmerk of open dat bestand")
      ])
    }
    let file = NewCaseFile(
      kenmerk: kenmerk, naam: naam, eersteZiektedag: first, bsn: bsn.flatMap(BSN.init), werkgever: werkgever,
      schemaReference: schemaReference)
    let text: String
    switch file.text() {
    case .success(let value): text = value
    case .failure(let error): return .refused(error.messages.map { Problem(fact: nil, message: $0) })
    }
    do {
      // The folder itself is made when it is missing (its parent must exist).
      if !FileManager.default.fileExists(atPath: folder) {
        do {
          try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        } catch {
          throw PoortwachterError.io(path: folder, detail: "kan de map niet maken")
        }
      }
      guard try AtomicFile.create(text, at: path) else {
        return .refused([
          Problem(
            fact: .kenmerk,
            message:
              "\(path) bestaat al; poortwachter overschrijft geen casusbestand. Kies een ander kenmerk of map."
          )
        ])
      }
    } catch let error as PoortwachterError {
      return .failed(error.errorDescription ?? "\(path): fout: kan niet schrijven")
    } catch {
      return .failed("\(path): fout: kan niet schrijven")
    }
    return .created(path)
  }

  /// The shipped JSON Schema as a new case in `folder` refers to it
  /// (``TemplateLocation/jsonSchemaReference(from:)``), when this installation has one.
  public static func schemaReference(from folder: String) -> String? {
    (try? TemplateLocator.locate())?.jsonSchemaReference(from: folder)
  }

  /// A case file directly in `folder` whose kenmerk names the same dossier folder as `kenmerk`
  /// (the file the new case would be, when it is there, comes first).
  static func caseFile(withKenmerk kenmerk: String, in folder: String) -> String? {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    let own = kenmerk.lowercased() + ".yaml"
    for name in names.sorted(by: { ($0 == own ? 0 : 1, $0) < ($1 == own ? 0 : 1, $1) })
    where !name.hasPrefix(".") && CaseLoader.Syntax(path: name) != nil {
      let path = (folder as NSString).appendingPathComponent(name)
      if let found = KenmerkPreScan.kenmerk(ofFile: path),
        Kenmerk.folderKey(found) == Kenmerk.folderKey(kenmerk)
      {
        return path
      }
    }
    return nil
  }

  private static func isText(_ value: String) -> Bool {
    !value.trimmingCharacters(in: .whitespaces).isEmpty
      && !value.unicodeScalars.contains { $0.properties.generalCategory == .control }
  }
}
