import Foundation

/// Operating-system errors in Dutch, for messages a person reads (`strerror` speaks English).
public enum SystemError {
  /// The Dutch description of `code` (an `errno` value), with the system's own text for the rare
  /// codes not listed.
  public static func text(_ code: Int32) -> String {
    switch code {
    case ENOENT: return "bestand of map bestaat niet"
    case EACCES, EPERM: return "geen toestemming"
    case ENOSPC: return "de schijf is vol"
    case EDQUOT: return "het schijfquotum is bereikt"
    case EEXIST: return "bestaat al"
    case EROFS: return "het bestandssysteem is alleen-lezen"
    case EISDIR: return "is een map"
    case ENOTDIR: return "een deel van het pad is geen map"
    case ENOTEMPTY: return "de map is niet leeg"
    case EMFILE, ENFILE: return "te veel open bestanden"
    case ENAMETOOLONG: return "de naam is te lang"
    case EIO: return "invoer-/uitvoerfout van de schijf"
    case EBUSY: return "in gebruik"
    case EWOULDBLOCK: return "vergrendeld door een ander proces"
    case EXDEV: return "verplaatsen naar een ander bestandssysteem kan niet"
    case ENOEXEC: return "geen uitvoerbaar programma"
    case ELOOP: return "een symbolische koppeling die niet gevolgd wordt, of een kring van koppelingen"
    default: return "systeemfout \(code): \(String(cString: strerror(code)))"
    }
  }

  /// The Dutch description of the current `errno`.
  public static var current: String { text(errno) }

  /// A Foundation error in Dutch: its system error code (also when wrapped), else `fallback`.
  public static func describe(_ error: Error, fallback: String) -> String {
    let nsError = error as NSError
    if nsError.domain == NSPOSIXErrorDomain { return text(Int32(nsError.code)) }
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      return text(Int32(underlying.code))
    }
    return fallback
  }
}
