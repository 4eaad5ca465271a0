/// The case reference (`kenmerk`). It names the dossier folder, so it must be a safe folder name.
public enum Kenmerk {
  /// The longest kenmerk accepted.
  public static let maximumLength = 64

  /// Names a batch uses for its own output next to the dossier folders.
  public static let reservedNames: Set<String> = ["index.html", "samenvatting.json"]

  /// Whether `kenmerk` is a BSN (nine digits that pass the elfproef). A kenmerk names a folder and
  /// appears unmasked in every message, so a BSN may never be one.
  public static func isBSN(_ kenmerk: String) -> Bool { BSN(kenmerk) != nil }

  /// The form under which two kenmerken name the same dossier folder, also on a case-insensitive
  /// file system (macOS, a Windows share): a valid kenmerk is ASCII, so lower case is enough.
  public static func folderKey(_ kenmerk: String) -> String { kenmerk.lowercased() }

  /// The Dutch message for a kenmerk that is a BSN; it shows the number masked.
  public static func bsnMessage(_ kenmerk: String) -> String {
    "kenmerk '\(BSN.mask(kenmerk))' is een BSN; een kenmerk wordt de mapnaam van het dossier en staat in "
      + "elke melding, gebruik daarom een dossiernummer (bijv. VZ-2026-0412)"
  }

  /// Whether `kenmerk` is a valid case reference: 1 to 64 characters from `A-Z a-z 0-9 . _ -`,
  /// not starting with `.` (a hidden folder; also `.` and `..`) or `-` (a folder named like a
  /// command-line option), not a BSN, and not a name the batch uses itself.
  public static func isValid(_ kenmerk: String) -> Bool {
    !kenmerk.isEmpty && kenmerk.utf8.count <= maximumLength && !kenmerk.hasPrefix(".") && !isBSN(kenmerk)
      && !kenmerk.hasPrefix("-")
      && !reservedNames.contains(kenmerk.lowercased())
      && kenmerk.unicodeScalars.allSatisfy {
        ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
          || "._-".unicodeScalars.contains($0)
      }
  }
}
