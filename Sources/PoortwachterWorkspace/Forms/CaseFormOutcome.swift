import PoortwachterCore

/// What became of a submitted case form.
public enum CaseFormOutcome: Sendable {
  /// The file is saved; here is the new version and its findings.
  case saved(CaseFormSaved)
  /// No field changed; nothing was written.
  case unchanged
  /// Nothing was written because a value does not fit or the case would no longer load; the
  /// messages name the fields they are about.
  case refused([FormMessage])
  /// Nothing was written because the file changed on disk after the form was made.
  case conflict(CaseFormConflict)
  /// Nothing was written: the file cannot be read or written, or is no YAML. The Dutch message says why.
  case failed(String)
}

/// A successful save of a case form.
public struct CaseFormSaved: Sendable {
  /// The file as now on disk (its hash is the one the next form is based on).
  public let saved: CaseFileSnapshot
  /// The version the save replaced, kept in the history for undo.
  public let previousVersion: CaseHistoryVersion?
  /// The changes that were written.
  public let changes: [CaseChange]
  /// The saved case checked again on the peildatum.
  public let evaluation: CaseEvaluation?
}

/// A file changed on disk after its form was made: both versions, nothing written.
public struct CaseFormConflict: Sendable {
  /// The version on disk now.
  public let onDisk: CaseFileSnapshot
  /// The submitted values written onto the version on disk; `nil` when they cannot be.
  public let yours: String?
  /// The values that make ``yours`` from the version on disk: what a "save anyway" submits
  /// (with the hash of ``onDisk``). Only the changed fields when the version the form was made
  /// from is in the history; every submitted value otherwise.
  public let values: [String: String]
  /// Line by line from the version on disk to ``yours``.
  public let diff: [DiffLine]
}
