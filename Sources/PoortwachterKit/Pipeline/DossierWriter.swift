import Foundation

/// Writes a dossier folder `<out>/<kenmerk>/`: by default `riv.html`, `controle.html` and
/// `riv.xml`, but any set of files, also in subfolders (``DossierFile``).
///
/// The files are first written to a hidden sibling folder `.<kenmerk>.nieuw-<id>`; that folder
/// then takes the final name in one step: a rename when there was no dossier, an atomic exchange
/// with the old folder when there was (``FolderExchange``). So the final name always holds a
/// complete old or a complete new dossier. Where the system cannot exchange, the old folder is
/// first moved aside to `.<kenmerk>.oud-<id>`; if the process dies between the two renames, the
/// next run puts it back (``OutputRecovery``). An existing folder is only replaced with `force`.
public struct DossierWriter: Sendable {
  /// The output folder.
  public let outputFolder: String
  /// Whether an existing dossier folder may be replaced.
  public let force: Bool
  /// Whether to replace with an atomic exchange; `false` forces the two-rename fallback (tests).
  var atomicExchange = true

  /// Creates a writer.
  public init(outputFolder: String, force: Bool) {
    self.outputFolder = outputFolder
    self.force = force
  }

  /// The dossier folder of a case.
  public func folder(for kenmerk: String) -> String { outputFolder + "/" + kenmerk }

  /// Writes the three documents and any `extra` files (the UWV pack's `uwv/...`) as one dossier;
  /// returns the folder.
  @discardableResult
  public func write(_ documents: DossierRenderer.Documents, kenmerk: String, extra: [DossierFile] = [])
    throws -> String
  {
    try write(
      [
        DossierFile(path: "riv.html", bytes: documents.rivHTMLBytes),
        DossierFile(path: "controle.html", bytes: documents.controleHTMLBytes),
        DossierFile(path: "riv.xml", bytes: documents.rivXMLBytes),
      ] + extra, kenmerk: kenmerk)
  }

  /// Writes `files` as the complete dossier of `kenmerk` (files of an earlier dossier that are
  /// not in `files` are gone afterwards); returns the folder.
  @discardableResult
  public func write(_ files: [DossierFile], kenmerk: String) throws -> String {
    let target = folder(for: kenmerk)
    var status = stat()
    let exists = lstat(target, &status) == 0
    if exists && !force { throw PoortwachterError.outputExists(target) }
    if exists && !Self.isDossier(target, status) {
      throw PoortwachterError.io(
        path: target,
        detail: "bestaat al en is geen dossier van poortwachter; er is niets vervangen (kies een ander "
          + "kenmerk of een andere uitvoermap)")
    }
    let staging = outputFolder + "/." + kenmerk + OutputRecovery.stagingMarker + UUID().uuidString
    // The staging folder's parent is the output folder; create that only when it is missing.
    if mkdir(staging, 0o700) != 0 {
      try AtomicFile.makeFolder(outputFolder)
      try AtomicFile.makeFolder(staging)
    }
    do {
      for file in files { try write(file, into: staging) }
      if exists { try carryOver(from: target, into: staging, besides: files) }
      if exists {
        try replace(target, with: staging, kenmerk: kenmerk)
      } else if rename(staging, target) != 0 {
        throw PoortwachterError.io(
          path: target, detail: "map kan niet geplaatst worden (\(AtomicFile.errnoText()))")
      }
    } catch {
      try? FileManager.default.removeItem(atPath: staging)
      throw error
    }
    return target
  }

  /// Subfolders a new dossier keeps from the old one when it brings none of its own: the UWV pack,
  /// which only `pakket` makes, so a `batch` or `render` without it (or a pack that failed) never
  /// deletes one.
  static let keptFolders = ["uwv"]

  /// Hard-links the kept subfolders of the old dossier into the staging folder (the old dossier
  /// itself is not touched until the exchange).
  private func carryOver(from old: String, into staging: String, besides files: [DossierFile]) throws {
    for folder in Self.keptFolders where !files.contains(where: { $0.path.hasPrefix(folder + "/") }) {
      var status = stat()
      guard lstat(old + "/" + folder, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { continue }
      let entries = try FileManager.default.subpathsOfDirectory(atPath: old + "/" + folder).sorted()
      guard mkdir(staging + "/" + folder, 0o700) == 0 else {
        throw PoortwachterError.io(
          path: old + "/" + folder, detail: "kan niet behouden (\(SystemError.current))")
      }
      for entry in entries {
        let source = old + "/" + folder + "/" + entry, copy = staging + "/" + folder + "/" + entry
        guard lstat(source, &status) == 0 else { continue }
        let kept =
          status.st_mode & S_IFMT == S_IFDIR
          ? mkdir(copy, 0o700) == 0
          : status.st_mode & S_IFMT == S_IFREG ? link(source, copy) == 0 : true
        if !kept {
          throw PoortwachterError.io(path: source, detail: "kan niet behouden (\(SystemError.current))")
        }
      }
    }
  }

  /// Whether the existing `path` is a dossier folder this tool wrote: a real folder (not a link)
  /// holding `riv.xml` and `controle.html`. Nothing else is ever replaced, whatever the kenmerk.
  static func isDossier(_ path: String, _ status: stat) -> Bool {
    guard status.st_mode & S_IFMT == S_IFDIR else { return false }
    var file = stat()
    return ["riv.xml", "controle.html"].allSatisfy {
      lstat(path + "/" + $0, &file) == 0 && file.st_mode & S_IFMT == S_IFREG
    }
  }

  /// Writes one file into the private staging folder, with its subfolders (0700).
  private func write(_ file: DossierFile, into staging: String) throws {
    let parts = file.path.split(separator: "/", omittingEmptySubsequences: false)
    guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") }) else {
      throw PoortwachterError.io(path: file.path, detail: "ongeldige bestandsnaam in een dossier")
    }
    var folder = staging
    for part in parts.dropLast() {
      folder += "/" + part
      if mkdir(folder, 0o700) != 0 && errno != EEXIST {
        throw PoortwachterError.io(
          path: folder, detail: "map kan niet gemaakt worden (\(SystemError.current))")
      }
    }
    try AtomicFile.writeNew(file.bytes, to: staging + "/" + file.path)
  }

  /// Puts the complete staging folder in the place of the existing dossier folder.
  private func replace(_ target: String, with staging: String, kenmerk: String) throws {
    if atomicExchange {
      if FolderExchange.exchange(staging, target) {
        // The staging name now holds the old dossier.
        try? FileManager.default.removeItem(atPath: staging)
        return
      }
      let code = errno
      if code == ENOENT, rename(staging, target) == 0 { return }  // the old one vanished meanwhile
      if !FolderExchange.isUnsupported(code) {
        throw PoortwachterError.io(
          path: target, detail: "kan niet vervangen (\(SystemError.text(code)))")
      }
    }
    let old = outputFolder + "/." + kenmerk + OutputRecovery.oldMarker + UUID().uuidString
    guard rename(target, old) == 0 else {
      throw PoortwachterError.io(path: target, detail: "kan niet vervangen (\(AtomicFile.errnoText()))")
    }
    guard rename(staging, target) == 0 else {
      let detail = AtomicFile.errnoText()
      _ = rename(old, target)
      throw PoortwachterError.io(path: target, detail: "kan niet vervangen (\(detail))")
    }
    try? FileManager.default.removeItem(atPath: old)
  }
}
