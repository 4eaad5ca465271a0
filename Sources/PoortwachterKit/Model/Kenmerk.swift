/// The case reference (`kenmerk`). It names the dossier folder, so it must be a safe folder name.
public enum Kenmerk {
  /// The longest kenmerk accepted.
  public static let maximumLength = 64

  /// Names a batch uses for its own output next to the dossier folders.
  public static let reservedNames: Set<String> = ["index.html", "samenvatting.json"]

  /// Whether `kenmerk` is a valid case reference: 1 to 64 characters from `A-Z a-z 0-9 . _ -`,
  /// not starting with `.` (a hidden folder; also `.` and `..`) or `-` (a folder named like a
  /// command-line option), and not a name the batch uses itself.
  public static func isValid(_ kenmerk: String) -> Bool {
    !kenmerk.isEmpty && kenmerk.utf8.count <= maximumLength && !kenmerk.hasPrefix(".")
      && !kenmerk.hasPrefix("-")
      && !reservedNames.contains(kenmerk.lowercased())
      && kenmerk.unicodeScalars.allSatisfy {
        ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
          || "._-".unicodeScalars.contains($0)
      }
  }
}
