import Foundation
import PoortwachterCore

/// Writes a dossier folder `<out>/<kenmerk>/`: by default `riv.html`, `controle.html` and
/// `riv.xml`, but any set of files, also in subfolders (``DossierFile``).
///
/// The files are first written to a hidden sibling folder `.<kenmerk>.nieuw-<id>` (``TemporaryName``);
/// that folder then takes the final name in one step: a rename when there was no dossier, an atomic exchange
/// with the old folder when there was (``FolderExchange``). So the final name always holds a
/// complete old or a complete new dossier. Where the system cannot exchange, the old folder is
/// first moved aside to `.<kenmerk>.oud-<id>`; if the process dies between the two renames, the
/// next run puts it back (``OutputRecovery``). An existing folder is only replaced with `force`.
public struct DossierWriter: Sendable {
  /// The output folder.
  public let outputFolder: String
  /// Whether an existing dossier folder may be replaced.
  public let force: Bool
  /// Whether to use `renameat2` (rename-if-free, exchange); `false` forces the fallbacks of systems
  /// without it, look-then-rename and two renames (tests).
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
  ///
  /// A new dossier costs a `mkdir`, one `open` per file and one rename that fails when the name is
  /// taken: nothing is looked up first. Only when the name is taken is the old folder checked
  /// (``isDossier(_:)``), its `uwv/` carried over and the two exchanged.
  @discardableResult
  public func write(_ files: [DossierFile], kenmerk: String) throws -> String {
    let target = folder(for: kenmerk)
    let staging = try makeStaging(for: kenmerk)
    do {
      for file in files { try write(file, into: staging) }
      try place(staging, at: target, kenmerk: kenmerk, files: files)
    } catch {
      FolderTree.remove(staging, likely: files.map(\.path))
      throw error
    }
    return target
  }

  /// Creates the hidden staging folder `.<kenmerk>.nieuw-<id>` (0700), and the output folder
  /// when that is missing.
  private func makeStaging(for kenmerk: String) throws -> String {
    var madeOutputFolder = false
    // A name that is taken (by a leftover, however improbable) is skipped.
    for _ in 0..<100 {
      let staging = outputFolder + "/." + kenmerk + OutputRecovery.stagingMarker + TemporaryName.next()
      if mkdir(staging, 0o700) == 0 { return staging }
      if errno == EEXIST { continue }
      // Most likely the output folder is missing (or is no folder: that error names it).
      guard !madeOutputFolder else { break }
      try AtomicFile.makeFolder(outputFolder)
      madeOutputFolder = true
    }
    throw PoortwachterError.io(
      path: folder(for: kenmerk), detail: "map kan niet gemaakt worden (\(SystemError.current))")
  }

  /// Gives the complete staging folder the dossier's name: a rename when the name is free, else
  /// (with `force`, and only over a dossier) an exchange with the old folder.
  private func place(_ staging: String, at target: String, kenmerk: String, files: [DossierFile]) throws {
    var code = ENOSYS
    if atomicExchange {
      if FolderExchange.renameIfFree(staging, target) { return }
      code = errno
    }
    if FolderExchange.isUnsupported(code) {
      // No rename-if-free here: look first (a plain rename would replace an empty folder).
      var status = stat()
      if lstat(target, &status) != 0 {
        if rename(staging, target) == 0 { return }
        code = errno
      } else {
        code = EEXIST
      }
    }
    guard code == EEXIST || code == ENOTEMPTY else {
      throw PoortwachterError.io(
        path: target, detail: "map kan niet geplaatst worden (\(SystemError.text(code)))")
    }
    guard force else { throw PoortwachterError.outputExists(target) }
    guard Self.isDossier(target) else {
      throw PoortwachterError.io(
        path: target,
        detail: "bestaat al en is geen dossier van poortwachter; er is niets vervangen (kies een ander "
          + "kenmerk of een andere uitvoermap)")
    }
    try carryOver(from: target, into: staging, besides: files)
    try replace(target, with: staging, kenmerk: kenmerk, files: files)
  }

  /// Subfolders a new dossier keeps from the old one when it brings no pack of its own: the UWV
  /// pack (`uwv/` when ready, `uwv-concept/` otherwise), which only `pakket` makes, so a `batch` or
  /// `render` without it (or a pack that failed) never deletes one. A new pack replaces both: a
  /// ready pack ends the concept, and a pack that is a concept again ends the old `uwv/`.
  static let keptFolders = ["uwv", "uwv-concept"]

  /// Hard-links the kept subfolders of the old dossier into the staging folder (the old dossier
  /// itself is not touched until the exchange).
  private func carryOver(from old: String, into staging: String, besides files: [DossierFile]) throws {
    let bringsPack = files.contains { file in Self.keptFolders.contains { file.path.hasPrefix($0 + "/") } }
    for folder in Self.keptFolders where !bringsPack {
      var status = stat()
      guard lstat(old + "/" + folder, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { continue }
      try FolderTree.linkCopy(from: old + "/" + folder, to: staging + "/" + folder)
    }
  }

  /// Whether the existing `path` is a dossier folder this tool wrote: a real folder (not a link)
  /// holding `riv.xml` and `controle.html`. Nothing else is ever replaced, whatever the kenmerk.
  static func isDossier(_ path: String) -> Bool {
    var file = stat()
    guard lstat(path, &file) == 0, file.st_mode & S_IFMT == S_IFDIR else { return false }
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

  /// Puts the complete staging folder in the place of the existing dossier folder, then removes
  /// the old one (most likely holding the same file names as the new).
  private func replace(_ target: String, with staging: String, kenmerk: String, files: [DossierFile]) throws {
    let likely = files.map(\.path)
    if atomicExchange {
      if FolderExchange.exchange(staging, target) {
        // The staging name now holds the old dossier.
        FolderTree.remove(staging, likely: likely)
        return
      }
      let code = errno
      if code == ENOENT, rename(staging, target) == 0 { return }  // the old one vanished meanwhile
      if !FolderExchange.isUnsupported(code) {
        throw PoortwachterError.io(
          path: target, detail: "kan niet vervangen (\(SystemError.text(code)))")
      }
    }
    let old = outputFolder + "/." + kenmerk + OutputRecovery.oldMarker + TemporaryName.next()
    guard rename(target, old) == 0 else {
      throw PoortwachterError.io(path: target, detail: "kan niet vervangen (\(AtomicFile.errnoText()))")
    }
    guard rename(staging, target) == 0 else {
      let detail = AtomicFile.errnoText()
      _ = rename(old, target)
      throw PoortwachterError.io(path: target, detail: "kan niet vervangen (\(detail))")
    }
    FolderTree.remove(old, likely: likely)
  }
}
