/// Dutch messages for dates that cannot be read.
enum DateMessages {
  static let monthNames = [
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
  ]

  /// Explains why `value` is not a date, with the fix.
  static func invalid(_ value: String, at path: FieldPath) -> String {
    let parts = value.split(separator: "-", omittingEmptySubsequences: false)
    if parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    {
      if !(1...12).contains(month) {
        return "'\(value)' is geen bestaande datum ('\(path.display)'): maand \(month) bestaat niet"
      }
      let days = CivilDate.daysIn(month: month, year: year)
      if !(1...days).contains(day) {
        return "'\(value)' is geen bestaande datum ('\(path.display)'): "
          + "\(monthNames[month - 1]) \(year) heeft \(days) dagen"
      }
    }
    return "'\(path.display)' moet een datum zijn in de vorm JJJJ-MM-DD (bijv. 2024-01-08), "
      + "gevonden '\(value)'"
  }
}
