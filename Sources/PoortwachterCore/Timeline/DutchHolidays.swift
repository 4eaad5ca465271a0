/// The algemeen erkende feestdagen of the Algemene termijnenwet art. 3: lid 1 Nieuwjaarsdag, Tweede
/// Paasdag, Hemelvaartsdag, Tweede Pinksterdag, both Kerstdagen, the King's or Queen's birthday and
/// 5 May; lid 2 Goede Vrijdag; lid 3 the days gelijkgesteld by royal decree (``EquatedDays``).
public enum DutchHolidays {
  /// From this year the King's birthday is Koningsdag, 27 April; up to the year before it was
  /// Koninginnedag, 30 April (Besluit van 30 januari 2013, Stcrt. 2013, 4075).
  public static let firstKoningsdagYear = 2014
  /// The first year of Koninginnedag on 30 April as the domain rules fix it.
  public static let firstKoninginnedagYear = 1980

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

  /// The King's or Queen's birthday of `year`: Koningsdag 27 April (26 April when the 27th is a
  /// Sunday) from 2014, Koninginnedag 30 April (29 April when the 30th is a Sunday) 1980-2013.
  static func birthday(_ year: Int) -> (date: CivilDate, name: String)? {
    let april = { (day: Int) in CivilDate(year: year, month: 4, day: day) ?? CivilDate(dayNumber: 0) }
    if year >= firstKoningsdagYear {
      return (april(27).isoWeekday == 7 ? april(26) : april(27), "Koningsdag")
    }
    guard year >= firstKoninginnedagYear else { return nil }
    return (april(30).isoWeekday == 7 ? april(29) : april(30), "Koninginnedag")
  }

  /// The holidays of `year` with their Dutch names, in date order (equated days included).
  public static func holidays(in year: Int) -> [(date: CivilDate, name: String)] {
    let easter = easterSunday(year)
    let fixed = { (month: Int, day: Int) in CivilDate(year: year, month: month, day: day) ?? easter }
    var list: [(date: CivilDate, name: String)] = [
      (fixed(1, 1), "Nieuwjaarsdag"),
      (easter.adding(days: -2), "Goede Vrijdag"),
      (easter.adding(days: 1), "Tweede Paasdag"),
      (fixed(5, 5), "Bevrijdingsdag"),
      (easter.adding(days: 39), "Hemelvaartsdag"),
      (easter.adding(days: 50), "Tweede Pinksterdag"),
      (fixed(12, 25), "Eerste Kerstdag"),
      (fixed(12, 26), "Tweede Kerstdag"),
    ]
    if let birthday = birthday(year) { list.append(birthday) }
    for decree in EquatedDays.decrees where decree.years.contains(year) {
      for day in decree.days {
        if let date = CivilDate(iso: day), date.year == year { list.append((date, "een gelijkgestelde dag")) }
      }
    }
    return list.sorted { $0.date < $1.date }
  }

  /// The holiday name of `date`, or `nil` on an ordinary day.
  public static func holiday(on date: CivilDate) -> String? {
    holidays(in: date.year).first { $0.date == date }?.name
  }

  /// Whether `date` is a working day: Monday to Friday and not a holiday or equated day.
  public static func isWorkingDay(_ date: CivilDate) -> Bool {
    date.isoWeekday <= 5 && holiday(on: date) == nil
  }

  /// The working day `count` working days before `date` (`count` 0: `date` itself).
  public static func workingDay(_ count: Int, before date: CivilDate) -> CivilDate {
    var day = date
    var left = count
    while left > 0 {
      day = day.adding(days: -1)
      if isWorkingDay(day) { left -= 1 }
    }
    return day
  }

  /// `date` itself when it is a working day, else the next working day.
  public static func workingDay(onOrAfter date: CivilDate) -> CivilDate {
    var day = date
    while !isWorkingDay(day) { day = day.adding(days: 1) }
    return day
  }
}
