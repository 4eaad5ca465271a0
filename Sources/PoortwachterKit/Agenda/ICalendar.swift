/// The agenda as an iCalendar file (RFC 5545): all-day events with stable UIDs per case and
/// milestone, CRLF line endings and folded lines, so Outlook and Google Calendar import it and a
/// re-import updates instead of duplicating.
public enum ICalendar {
  /// The calendar text. `withNames` adds the employee name to each event; by default only the
  /// kenmerk is shown, because calendars are often synced to services outside the organisation.
  public static func calendar(_ items: [AgendaItem], peildatum: CivilDate, withNames: Bool) -> String {
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//poortwachter//agenda 0.1//NL", "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH", "X-WR-CALNAME:Poortwachter-termijnen",
    ]
    let stamp = compact(peildatum) + "T000000Z"
    for item in items {
      let who = withNames ? " (\(item.naam))" : ""
      lines += [
        "BEGIN:VEVENT",
        "UID:\(item.kenmerk)-\(item.kind.key)@poortwachter",
        "DTSTAMP:\(stamp)",
        "DTSTART;VALUE=DATE:\(compact(item.deadline))",
        "DTEND;VALUE=DATE:\(compact(item.deadline.adding(days: 1)))",
        "SUMMARY:" + escape("\(item.kind.title) uiterlijk – \(item.kenmerk)\(who)"),
        "DESCRIPTION:"
          + escape(
            "\(item.kind.title) voor dossier \(item.kenmerk): uiterlijk \(DutchDate.long(item.deadline)) (\(item.basis)). Status op \(DutchDate.long(peildatum)): \(item.status.words)."
          ),
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
      ]
    }
    lines.append("END:VCALENDAR")
    return lines.map(fold).joined(separator: "\r\n") + "\r\n"
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
