/// The agenda as an iCalendar file (RFC 5545): all-day events with stable UIDs per case and
/// milestone, CRLF line endings and folded lines, so Outlook and Google Calendar import it and a
/// re-import updates instead of duplicating. An overdue item is a reminder on the peildatum ("today"),
/// not an event on its past date; each event can carry a reminder (`VALARM`) a number of working
/// days before its deadline.
public enum ICalendar {
  /// The hour of the day (local time) at which a reminder goes off.
  static let reminderHour = 9

  /// The calendar text. `withNames` adds the employee name to each event; by default only the
  /// kenmerk is shown, because calendars are often synced to services outside the organisation.
  /// `reminderWorkingDays` > 0 adds a `VALARM` at 9:00 that many working days (Algemene
  /// termijnenwet) before each deadline, or on the peildatum when that day has passed.
  public static func calendar(
    _ items: [AgendaItem], peildatum: CivilDate, withNames: Bool, reminderWorkingDays: Int = 0
  ) -> String {
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//poortwachter//agenda 0.1//NL", "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH", "X-WR-CALNAME:Poortwachter-termijnen",
    ]
    let stamp = compact(peildatum) + "T000000Z"
    for item in items {
      let who = withNames ? " (\(item.naam))" : ""
      let overdue = item.daysLeft < 0
      // An overdue item is something to do today.
      let day = overdue ? peildatum : item.deadline
      let summary =
        overdue
        ? "Verlopen: \(item.kind.title) (uiterlijk \(DutchDate.long(item.deadline))) – \(item.kenmerk)\(who)"
        : "\(item.kind.title) uiterlijk – \(item.kenmerk)\(who)"
      lines += [
        "BEGIN:VEVENT",
        "UID:\(item.kenmerk)-\(item.kind.key)@poortwachter",
        "DTSTAMP:\(stamp)",
        "DTSTART;VALUE=DATE:\(compact(day))",
        "DTEND;VALUE=DATE:\(compact(day.adding(days: 1)))",
        "SUMMARY:" + escape(summary),
        "DESCRIPTION:"
          + escape(
            "\(item.kind.title) voor dossier \(item.kenmerk): uiterlijk \(DutchDate.long(item.deadline)) (\(item.basis)). Status op \(DutchDate.long(peildatum)): \(item.status.words)."
          ),
        "TRANSP:TRANSPARENT",
      ]
      if reminderWorkingDays > 0 || overdue {
        let alarm =
          overdue ? peildatum : max(DutchHolidays.workingDay(reminderWorkingDays, before: day), peildatum)
        lines += [
          "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + escape(summary),
          "TRIGGER:" + trigger(daysBefore: alarm.days(until: day)), "END:VALARM",
        ]
      }
      lines.append("END:VEVENT")
    }
    lines.append("END:VCALENDAR")
    return lines.map(fold).joined(separator: "\r\n") + "\r\n"
  }

  /// A trigger relative to the start of the all-day event (midnight): 9:00 on the day that lies
  /// `daysBefore` days earlier (`-P2DT15H` for 2 days, `PT9H` for the day itself).
  static func trigger(daysBefore: Int) -> String {
    guard daysBefore > 0 else { return "PT\(reminderHour)H" }
    return "-P\(daysBefore - 1)DT\(24 - reminderHour)H"
  }

  static func compact(_ date: CivilDate) -> String {
    date.description.replacingOccurrences(of: "-", with: "")
  }

  /// Escapes TEXT values (RFC 5545 3.3.11).
  static func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "\\": result += "\\\\"
      case ";": result += "\\;"
      case ",": result += "\\,"
      case "\n", "\r\n": result += "\\n"
      default: result.append(character)
      }
    }
    return result
  }

  /// Folds a content line at 75 octets, never inside a UTF-8 sequence (RFC 5545 3.1).
  static func fold(_ line: String) -> String {
    var parts: [String] = []
    var current = ""
    var octets = 0
    for scalar in line.unicodeScalars {
      let size = String(scalar).utf8.count
      let limit = parts.isEmpty ? 75 : 74
      if octets + size > limit {
        parts.append(current)
        current = ""
        octets = 0
      }
      current.unicodeScalars.append(scalar)
      octets += size
    }
    parts.append(current)
    return parts.joined(separator: "\r\n ")
  }
}
