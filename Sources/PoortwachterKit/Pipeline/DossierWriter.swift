import Foundation

/// Writes a dossier folder `<out>/<kenmerk>/` with `riv.html`, `controle.html` and `riv.xml`.
///
/// The files are first written to a hidden sibling folder and the folder is then renamed into
/// place, so a dossier folder is always complete; an existing folder is only replaced with `force`.
public struct DossierWriter: Sendable {
  /// The output folder.
  public let outputFolder: String
  /// Whether an existing dossier folder may be replaced.
  public let force: Bool

  /// Creates a writer.
  public init(outputFolder: String, force: Bool) {
    self.outputFolder = outputFolder
    self.force = force
  }

  /// The dossier folder of a case.
  public func folder(for kenmerk: String) -> String { outputFolder + "/" + kenmerk }

  /// Writes the documents, and the UWV pack into `uwv/` when given; returns the folder.
  @discardableResult
  public func write(_ documents: DossierRenderer.Documents, kenmerk: String, pack: UWVPack? = nil) throws
    -> String
  {
    let target = folder(for: kenmerk)
    let manager = FileManager.default
    var status = stat()
    let exists = lstat(target, &status) == 0
    if exists && !force { throw PoortwachterError.outputExists(target) }
    let staging = outputFolder + "/.\(kenmerk).nieuw-\(UUID().uuidString)"
    // The staging folder's parent is the output folder; create that only when it is missing.
    if mkdir(staging, 0o700) != 0 {
      try AtomicFile.makeFolder(outputFolder)
      try AtomicFile.makeFolder(staging)
    }
    do {
      // The staging folder is private; renaming it into place is the atomic step.
      try AtomicFile.writeNew(documents.rivHTMLBytes, to: staging + "/riv.html")
      try AtomicFile.writeNew(documents.controleHTMLBytes, to: staging + "/controle.html")
      try AtomicFile.writeNew(documents.rivXMLBytes, to: staging + "/riv.xml")
      if let pack {
        // Inside the staging folder, so the pack appears and is replaced together with the dossier.
        try AtomicFile.makeFolder(staging + "/uwv")
        for file in pack.folderContents {
          try AtomicFile.writeNew(file.bytes, to: staging + "/uwv/" + file.name)
        }
      }
      if exists {
        let old = outputFolder + "/.\(kenmerk).oud-\(UUID().uuidString)"
        guard rename(target, old) == 0 else {
          throw PoortwachterError.io(path: target, detail: "kan niet vervangen")
        }
        guard rename(staging, target) == 0 else {
          _ = rename(old, target)
          throw PoortwachterError.io(path: target, detail: "kan niet vervangen")
        }
        try? manager.removeItem(atPath: old)
      } else if rename(staging, target) != 0 {
        throw PoortwachterError.io(
          path: target, detail: "map kan niet geplaatst worden (\(AtomicFile.errnoText()))")
      }
    } catch {
      try? manager.removeItem(atPath: staging)
      throw error
    }
    return target
  }
}
