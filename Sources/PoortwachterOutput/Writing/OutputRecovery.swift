import Foundation
import PoortwachterCore

/// Repairs what an interrupted run (kill -9, power loss) left in an output folder: hidden staging
/// folders `.<kenmerk>.nieuw-<id>`, dossiers moved aside `.<kenmerk>.oud-<id>` and temporary files
/// `.<naam>.tmp-<id>`. Run it while holding the folder's ``OutputLock``, so no other run's
/// files in progress are touched.
public enum OutputRecovery {
  /// The name part of a staging folder: `.<kenmerk>` + this + a ``TemporaryName``.
  static let stagingMarker = ".nieuw-"
  /// The name part of an old dossier moved aside: `.<kenmerk>` + this + a ``TemporaryName``.
  static let oldMarker = ".oud-"
  /// The name part of a temporary file: `.<naam>` + this + a ``TemporaryName``.
  static let temporaryMarker = ".tmp-"

  /// What the repair did.
  public struct Summary: Sendable, Equatable {
    /// Dossier folders put back under their name (the old dossier was moved aside and the new
    /// one never arrived).
    public var restored: [String] = []
    /// Leftovers removed.
    public var removed = 0

    /// Whether there was nothing to repair.
    public var isEmpty: Bool { restored.isEmpty && removed == 0 }

    /// One Dutch line for the terminal, or `nil` when nothing was found.
    public func line(folder: String) -> String? {
      if isEmpty { return nil }
      var parts: [String] = []
      if !restored.isEmpty {
        parts.append(
          "\(restored.count) \(restored.count == 1 ? "dossier" : "dossiers") teruggezet "
            + "(\(restored.sorted().joined(separator: ", ")))")
      }
      if removed > 0 {
        parts.append(
          "\(removed) \(removed == 1 ? "onvolledig tussenbestand" : "onvolledige tussenbestanden") verwijderd"
        )
      }
      return "let op: \(folder) bevatte resten van een afgebroken run; " + parts.joined(separator: ", ")
    }
  }

  /// Repairs `folder`; a folder that does not exist needs no repair.
  public static func recover(folder: String) -> Summary {
    var summary = Summary()
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return summary }
    // Old dossiers first: one whose final name is free is the only complete copy left.
    var olds: [(kenmerk: String, name: String)] = []
    for name in names.sorted() {
      guard let (base, marker) = leftover(name) else { continue }
      if marker == oldMarker {
        olds.append((base, name))
      } else if (try? FileManager.default.removeItem(atPath: folder + "/" + name)) != nil {
        summary.removed += 1
      }
    }
    for (kenmerk, name) in olds {
      var status = stat()
      let path = folder + "/" + name
      if lstat(folder + "/" + kenmerk, &status) != 0, rename(path, folder + "/" + kenmerk) == 0 {
        summary.restored.append(kenmerk)
      } else if (try? FileManager.default.removeItem(atPath: path)) != nil {
        summary.removed += 1
      }
    }
    return summary
  }

  /// For a leftover's name, the name it stood in for and its marker; `nil` for any other name.
  /// The id after the last marker must have the exact form of a ``TemporaryName`` (`pw<token>-<n>`, or a
  /// UUID from earlier versions); every other hidden name is left alone.
  static func leftover(_ name: String) -> (String, String)? {
    guard name.hasPrefix(".") else { return nil }
    let body = name.dropFirst()
    var best: (base: Substring, marker: String, id: Substring)?
    for marker in [stagingMarker, oldMarker, temporaryMarker] {
      guard let range = body.range(of: marker, options: .backwards) else { continue }
      if let found = best, found.base.endIndex >= range.lowerBound { continue }
      best = (body[..<range.lowerBound], marker, body[range.upperBound...])
    }
    guard let (base, marker, id) = best, !base.isEmpty, !base.contains("/"), TemporaryName.isID(id) else {
      return nil
    }
    return (String(base), marker)
  }
}
