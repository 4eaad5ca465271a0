/// Dutch date formatting for people: `8 januari 2024`.
public enum DutchDate {
  /// Month names, January first.
  public static let months = [
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
    "november", "december",
  ]
  /// Weekday names, Monday first.
  public static let weekdays = [
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
  ]

  /// `8 januari 2024`.
  public static func long(_ date: CivilDate) -> String {
    "\(date.day) \(months[date.month - 1]) \(date.year)"
  }

  /// Short form `08-01-2024`.
  public static func short(_ date: CivilDate) -> String {
    let pad = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
    return "\(pad(date.day))-\(pad(date.month))-\(date.year)"
  }

  /// `1 dag` / `12 dagen`.
  public static func days(_ count: Int) -> String { count == 1 ? "1 dag" : "\(count) dagen" }
}
