import PoortwachterCore

/// The edit form of the local web app, without HTTP: makes the form of a case file and saves a
/// submitted section through the editor (``CaseEditor``) and the save store (``CaseFileStore``):
/// only changed fields are written, a save that would break the case or that comes after a change
/// on disk writes nothing, and every save keeps the previous version.
public struct CaseFormEditor: Sendable {
  /// The store that reads and saves (and whose loader a new text must pass).
  public var store: CaseFileStore
  /// The rules a saved case is checked with again.
  public var engine: RuleEngine

  /// Creates an editor.
  public init(store: CaseFileStore = CaseFileStore(), engine: RuleEngine = RuleEngine()) {
    self.store = store
    self.engine = engine
  }

  /// The form of the case file `path` as it is on disk.
  public func form(_ path: String) -> Result<CaseForm, CaseFormFailure> {
    switch store.read(path) {
    case .failure(let failure): return .failure(CaseFormFailure(message: failure.message))
    case .success(let snapshot):
      return CaseForm.make(path: path, text: snapshot.text).mapError {
        CaseFormFailure(message: $0.message.hasPrefix(path) ? $0.message : "\(path): fout: \($0.message)")
      }
    }
  }

  /// Saves `submission` to the case file `path`, checking the saved case on `peildatum`; the
  /// replaced version is kept in the history under `timestamp` (the caller's clock).
  public func submit(
    _ submission: CaseFormSubmission, to path: String, peildatum: CivilDate, timestamp: String
  )
    -> CaseFormOutcome
  {
    let current: CaseFileSnapshot
    switch store.read(path) {
    case .success(let snapshot): current = snapshot
    case .failure(let failure): return .failed(failure.message)
    }
    if current.contentHash != submission.basedOn { return .conflict(conflict(submission, onDisk: current)) }
    let tree: CaseFieldTree
    switch CaseFieldTree.read(current.text, file: path) {
    case .success(let read): tree = read
    case .failure(let failure): return .failed(failure.message)
    }
    guard let computed = FormChanges(submission, tree: tree) else {
      return .failed(
        "\(path): fout: het formulier noemt onderdeel '\(submission.section)', dat het casusformaat niet kent"
      )
    }
    if !computed.problems.isEmpty { return .refused(computed.problems) }
    if computed.changes.isEmpty { return .unchanged }
    let edited: String
    switch CaseEditor().apply(computed.changes, to: current.text, file: path) {
    case .success(let text): edited = text
    case .failure(let failure): return .refused([Self.message(failure)])
    }
    switch store.save(edited, to: path, basedOn: submission.basedOn, timestamp: timestamp) {
    case .success(let result):
      var evaluation: CaseEvaluation?
      if case .loaded(let loaded) = store.loader.load(text: edited, file: path, syntax: .yaml) {
        evaluation = engine.evaluate(loaded, peildatum: peildatum)
      }
      return .saved(
        CaseFormSaved(
          saved: result.saved, previousVersion: result.previousVersion, changes: computed.changes,
          evaluation: evaluation))
    case .failure(.changedOnDisk(let onDisk)):
      return .conflict(conflict(submission, onDisk: onDisk))
    case .failure(.wouldBeUnreadable(let diagnostics)):
      return .refused(Self.messages(diagnostics, in: edited, file: path))
    case .failure(let failure):
      return .failed(failure.message)
    }
  }

  /// The conflict of `submission` with the version `onDisk`: the submitted values written onto
  /// that version, and the line diff. When the version the form was made from is in the history
  /// (the other change was a save of this app), only the fields the user changed count, so the
  /// other change is kept; otherwise every submitted value does.
  private func conflict(_ submission: CaseFormSubmission, onDisk: CaseFileSnapshot) -> CaseFormConflict {
    var changed = submission
    if let base = base(of: submission, nextTo: onDisk),
      case .success(let tree) = CaseFieldTree.read(base, file: onDisk.path),
      let section = CaseFormBuilder(tree: tree, shown: submission.values, showsValues: false).sections()
        .first(
          where: { $0.id == submission.section })
    {
      let fields = Dictionary(section.fields.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
      changed.values = submission.values.filter { name, value in
        guard let field = fields[name] else { return false }
        return FormChanges.normalized(value, kind: field.kind) != field.value
      }
    }
    // A value the version on disk already has changes nothing there: it is not carried.
    if case .success(let tree) = CaseFieldTree.read(onDisk.text, file: onDisk.path),
      let section = CaseFormBuilder(tree: tree, shown: changed.values, showsValues: false).sections().first(
        where: { $0.id == submission.section })
    {
      let fields = Dictionary(section.fields.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
      changed.values = changed.values.filter { name, value in
        guard let field = fields[name] else { return true }
        return FormChanges.normalized(value, kind: field.kind) != field.value
      }
    }
    var yours: String?
    if case .success(let tree) = CaseFieldTree.read(onDisk.text, file: onDisk.path),
      let computed = FormChanges(changed, tree: tree), computed.problems.isEmpty,
      case .success(let text) = CaseEditor().apply(computed.changes, to: onDisk.text, file: onDisk.path)
    {
      yours = text
    }
    return CaseFormConflict(
      onDisk: onDisk, yours: yours, values: changed.values,
      diff: yours.map { LineDiff.lines(from: onDisk.text, to: $0) } ?? [])
  }

  /// The text of the version `submission` was based on, when the history of the file keeps it.
  private func base(of submission: CaseFormSubmission, nextTo onDisk: CaseFileSnapshot) -> String? {
    guard case .success(let versions) = store.history(of: onDisk.path) else { return nil }
    for version in versions.reversed() {
      if case .success(let kept) = store.read(version.path), kept.contentHash == submission.basedOn {
        return kept.text
      }
    }
    return nil
  }

  /// An editor refusal as a message on the field it names.
  static func message(_ failure: CaseEditFailure) -> FormMessage {
    switch failure {
    case .notFound(let path), .wrongKind(let path, _), .unsupported(let path, _), .notFaithful(let path):
      return FormMessage(path: path.description, text: failure.message, location: nil)
    case .notYAML, .unreadable:
      return FormMessage(path: nil, text: failure.message, location: nil)
    }
  }

  /// The loader's diagnostics on `text`, each on the form part it stands in: the last field,
  /// item or part that starts at or before its position.
  static func messages(_ diagnostics: [Diagnostic], in text: String, file: String) -> [FormMessage] {
    var starts: [(SourceLocation, String)] = []
    if case .success(let tree) = CaseFieldTree.read(text, file: file) {
      func walk(_ node: CaseFieldTree, _ path: EditPath) {
        switch node.content {
        case .mapping(let entries):
          for entry in entries {
            let child = EditPath(steps: path.steps + [.key(entry.key)])
            starts.append((entry.keyLocation, child.description))
            walk(entry.value, child)
          }
        case .sequence(let items):
          for (index, item) in items.enumerated() {
            let child = EditPath(steps: path.steps + [.item(index + 1)])
            starts.append((item.location, child.description))
            walk(item, child)
          }
        case .null, .scalar: return
        }
      }
      walk(tree, EditPath(steps: []))
    }
    return diagnostics.map { diagnostic in
      let path = diagnostic.location.flatMap { location in starts.last { $0.0 <= location }?.1 }
      return FormMessage(path: path, text: diagnostic.message, location: diagnostic.location)
    }
  }
}

/// Why a case form cannot be made: the file cannot be read or is no YAML.
public struct CaseFormFailure: Error, Sendable, Equatable {
  /// The Dutch message, with the file and what to do.
  public let message: String
}
