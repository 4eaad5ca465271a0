/// The public holidays of the Algemene termijnenwet (art. 3 lid 1), as the domain rules fix them:
/// Nieuwjaarsdag, Tweede Paasdag, Hemelvaartsdag, Tweede Pinksterdag, both Kerstdagen, Koningsdag
/// (27 April; 26 April when the 27th is a Sunday) and 5 May, every year.
public enum DutchHolidays {
  /// Easter Sunday by the Gregorian computus (Meeus/Jones/Butcher).
  public static func easterSunday(_ year: Int) -> CivilDate {
    let a = year % 19, b = year / 100, c = year % 100
    let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
    let h = (19 * a + b - d - g + 15) % 30
    let i = c / 4, k = c % 4
    let l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31
    let day = (h + l - 7 * m + 114) % 31 + 1
    return CivilDate(year: year, month: month, day: day) ?? CivilDate(dayNumber: 0)
  }

  /// The holidays of `year` with their Dutch names, in date order.
  public static func holidays(in year: Int) -> [(date: CivilDate, name: String)] {
    let easter = easterSunday(year)
    let fixed = { (month: Int, day: Int) in CivilDate(year: year, month: month, day: day) ?? easter }
    let kingsDay = fixed(4, 27).isoWeekday == 7 ? fixed(4, 26) : fixed(4, 27)
    let list: [(CivilDate, String)] = [
      (fixed(1, 1), "Nieuwjaarsdag"),
      (easter.adding(days: 1), "Tweede Paasdag"),
      (kingsDay, "Koningsdag"),
      (fixed(5, 5), "Bevrijdingsdag"),
      (easter.adding(days: 39), "Hemelvaartsdag"),
      (easter.adding(days: 50), "Tweede Pinksterdag"),
      (fixed(12, 25), "Eerste Kerstdag"),
      (fixed(12, 26), "Tweede Kerstdag"),
    ]
    return list.sorted { $0.0 < $1.0 }
  }

  /// The holiday name of `date`, or `nil` on an ordinary day.
  public static func holiday(on date: CivilDate) -> String? {
    holidays(in: date.year).first { $0.date == date }?.name
  }

  /// Whether `date` is a working day: Monday to Friday and not a holiday.
  public static func isWorkingDay(_ date: CivilDate) -> Bool {
    date.isoWeekday <= 5 && holiday(on: date) == nil
  }

  /// `date` itself when it is a working day, else the next working day.
  public static func workingDay(onOrAfter date: CivilDate) -> CivilDate {
    var day = date
    while !isWorkingDay(day) { day = day.adding(days: 1) }
    return day
  }
}
