import Hummingbird

/// A request the server refuses or cannot answer, with the Dutch words the error page shows.
/// The words never contain case content, a BSN or the token.
public struct ServeError: Error, Sendable {
  /// The HTTP status.
  public let status: HTTPResponse.Status
  /// The page title: what went wrong.
  public let title: String
  /// What to do about it.
  public let advice: String

  /// An error with its words.
  public init(_ status: HTTPResponse.Status, title: String, advice: String) {
    self.status = status
    self.title = title
    self.advice = advice
  }

  /// 401: no valid cookie and no valid token.
  public static let notSignedIn = ServeError(
    .unauthorized, title: "Geen toegang",
    advice:
      "Open het adres met het toegangstoken dat 'poortwachter serve' bij het starten in de terminal toonde "
      + "(http://…/?token=…). Na een herstart geldt alleen het nieuwe adres.")

  /// 421: a `Host` header that is not the address the server listens on.
  public static let wrongHost = ServeError(
    .misdirectedRequest, title: "Verkeerd adres",
    advice:
      "Deze server antwoordt alleen op het adres dat hij bij het starten toonde (bijvoorbeeld "
      + "http://127.0.0.1:8080/). Gebruik dat adres, niet een andere naam voor deze computer.")

  /// 403: a POST without the form's CSRF token, or from another site.
  public static let csrf = ServeError(
    .forbidden, title: "Formulier geweigerd",
    advice:
      "Het formulier hoort niet bij deze sessie (verlopen na een herstart, of verstuurd vanaf een andere "
      + "site). Laad de pagina opnieuw en verstuur het nog eens.")

  /// 404: an unknown page or case id.
  public static let notFound = ServeError(
    .notFound, title: "Niet gevonden",
    advice: "Deze pagina of casus bestaat niet (meer). Ga terug naar de werkvoorraad.")

  /// 400: a path or id that could point outside the opened folders.
  public static let unsafePath = ServeError(
    .badRequest, title: "Ongeldig pad",
    advice:
      "Een casus of bestand wordt alleen met zijn id uit de werkvoorraad geopend; paden met '..', "
      + "absolute paden en koppelingen naar buiten de geopende mappen worden geweigerd.")

  /// 413: a body larger than ``ServeLimits/maxBody``.
  public static let tooLarge = ServeError(
    .contentTooLarge, title: "Te groot",
    advice:
      "Wat u verstuurde is groter dan 10 MB. Verklein het bestand (bijvoorbeeld een scan met lagere resolutie)."
  )

  /// 500: something failed inside; the details stay out of the page and the log.
  public static let internalError = ServeError(
    .internalServerError, title: "Er ging iets mis",
    advice:
      "De pagina kon niet gemaakt worden. Probeer het opnieuw; blijft het misgaan, kijk dan in de terminal.")

  /// The error for a Hummingbird `HTTPError` or any other error.
  static func from(_ error: any Error) -> ServeError {
    if let error = error as? ServeError { return error }
    if let error = error as? HTTPError {
      switch error.status {
      case .notFound: return .notFound
      case .contentTooLarge: return .tooLarge
      case .unauthorized: return .notSignedIn
      case .badRequest:
        return ServeError(
          .badRequest, title: "Ongeldig verzoek", advice: "Het verzoek kon niet gelezen worden.")
      case .methodNotAllowed:
        return ServeError(
          .methodNotAllowed, title: "Niet toegestaan", advice: "Deze pagina kan zo niet opgevraagd worden.")
      default:
        return ServeError(error.status, title: "Fout \(error.status.code)", advice: internalError.advice)
      }
    }
    return .internalError
  }
}
