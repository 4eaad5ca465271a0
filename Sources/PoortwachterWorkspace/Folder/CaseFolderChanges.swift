/// What opening or refreshing a ``CaseFolder`` did, by file (each list in the folder's order).
public struct CaseFolderChanges: Sendable, Equatable {
  /// Files that were not in the folder before (on opening: every file).
  public var added: [String] = []
  /// Files that are gone (deleted, renamed, or now below an output folder).
  public var removed: [String] = []
  /// Files whose bytes were read (and hashed): new files, and files whose stamp (size, times,
  /// inode) changed or was too recent to trust. The rest were only `stat`ed.
  public var reread: [String] = []
  /// Files judged again: new or changed content, originals that appeared or went, or a new peildatum.
  public var rechecked: [String] = []

  /// Whether nothing changed in what the folder shows.
  public var isEmpty: Bool { added.isEmpty && removed.isEmpty && rechecked.isEmpty }
}
