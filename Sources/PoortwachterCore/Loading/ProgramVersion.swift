/// The version of poortwachter: in every dossier (`programma`), in `--versie`, and the version of
/// the Debian package (`Scripts/maak-deb.sh` reads it from `--versie`).
public enum ProgramVersion {
  /// The version number.
  public static let number = "0.1.0"
}
