import PoortwachterCore
import PoortwachterOutput

/// One case's UWV pack as a zip archive, for a front end to offer as a download: the pack is
/// built in memory by the pack builder (the same documents and lists `pakket` writes) and zipped
/// under `<kenmerk>/`; nothing is written into the user's folders.
public struct CasePackDownload: Sendable {
  /// The pack builder (templates and the browser that prints).
  public let builder: PackBuilder
  /// The date the archive's entries carry (the peildatum; no clock is read).
  public let date: CivilDate

  /// A download that builds with `builder`; entries dated `date`.
  public init(builder: PackBuilder, date: CivilDate) {
    self.builder = builder
    self.date = date
  }

  /// How it ended.
  public enum Outcome: Sendable, Equatable {
    /// The case has no pack (yet); the reason in Dutch, one line.
    case notDue(String)
    /// The archive: its file name (`VZ-2024-0059-uwv.zip`), bytes, the pack's folder (`uwv`, or
    /// `uwv-concept` while documents are to be signed or supplied) and its number of files.
    case zipped(name: String, bytes: [UInt8], folder: String, files: Int)
  }

  /// Builds and zips the pack of `evaluation` (this prints with Chromium and blocks until done).
  public func zip(_ evaluation: CaseEvaluation) throws -> Outcome {
    let pack: UWVPack
    switch try builder.build(evaluation) {
    case .failure(let none): return .notDue(none.reason)
    case .success(let built): pack = built
    }
    let kenmerk = evaluation.loaded.caseFile.kenmerk
    let files = pack.dossierFiles
    let folder = files.first.map { String($0.path.split(separator: "/").first ?? "uwv") } ?? "uwv"
    var archive = ZipArchive(date: date)
    for file in files {
      do {
        try archive.add(kenmerk + "/" + file.path, file.bytes)
      } catch {
        throw PoortwachterError.invalidOutput(
          path: "\(kenmerk)/\(file.path)", detail: "kan niet in het zip-archief (\(error))")
      }
    }
    return .zipped(name: "\(kenmerk)-\(folder).zip", bytes: archive.bytes, folder: folder, files: files.count)
  }
}
