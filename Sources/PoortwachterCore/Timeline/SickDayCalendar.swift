/// Counts sick days with samentelling (art. 7:629 lid 10 BW): interruptions shorter than 28 days
/// are skipped, so every later milestone moves by the gap; a gap of 28 days or more starts a new
/// waiting period from its `weer_ziek_op`.
public struct SickDayCalendar: Sendable {
  /// A gap of this many days or more starts a new waiting period.
  public static let newPeriodGap = 28

  /// Day 1 of the current chain of sick periods.
  public let firstSickDay: CivilDate
  /// Interruptions that are part of the current chain (each shorter than 28 days).
  public let interruptions: [Absence.Interruption]
  /// Interruptions of 28 days or more that restarted the count (the latest one sets `firstSickDay`).
  public let restarts: [Absence.Interruption]

  /// Builds the chain from the case's first sick day and interruptions.
  public init(absence: Absence) {
    var first = absence.eersteZiektedag
    var chain: [Absence.Interruption] = []
    var restarted: [Absence.Interruption] = []
    for interruption in absence.onderbrekingen.sorted(by: { $0.hersteldOp < $1.hersteldOp }) {
      guard interruption.hersteldOp > first, interruption.weerZiekOp > interruption.hersteldOp else {
        continue
      }
      if interruption.gapDays >= Self.newPeriodGap {
        first = interruption.weerZiekOp
        chain = []
        restarted.append(interruption)
      } else {
        chain.append(interruption)
      }
    }
    firstSickDay = first
    interruptions = chain
    restarts = restarted
  }

  /// Total gap days inside the chain.
  public var totalGapDays: Int { interruptions.reduce(0) { $0 + $1.gapDays } }

  /// The date on which the `n`-th sick day (1-based) of the chain falls.
  public func dayOfIllness(_ n: Int) -> CivilDate {
    var remaining = n
    var start = firstSickDay
    for interruption in interruptions {
      let length = start.days(until: interruption.hersteldOp)
      if remaining <= length { return start.adding(days: remaining - 1) }
      remaining -= length
      start = interruption.weerZiekOp
    }
    return start.adding(days: remaining - 1)
  }

  /// Last day of week `n`: day 7n.
  public func lastDay(ofWeek n: Int) -> CivilDate { dayOfIllness(7 * n) }

  /// First day of week `n`: day 7(n-1)+1.
  public func firstDay(ofWeek n: Int) -> CivilDate { dayOfIllness(7 * (n - 1) + 1) }

  /// Sick days counted from the first sick day up to and including `date` (0 before it).
  public func sickDays(through date: CivilDate) -> Int {
    guard date >= firstSickDay else { return 0 }
    var total = 0
    var start = firstSickDay
    for interruption in interruptions {
      if date < interruption.hersteldOp { return total + start.days(until: date) + 1 }
      total += start.days(until: interruption.hersteldOp)
      if date < interruption.weerZiekOp { return total }
      start = interruption.weerZiekOp
    }
    return total + start.days(until: date) + 1
  }

  /// The week of illness `date` falls in (1-based; 0 before the first sick day).
  public func week(of date: CivilDate) -> Int {
    let days = sickDays(through: date)
    return days == 0 ? 0 : (days - 1) / 7 + 1
  }

  /// Calendar days of `start..<end` that fall inside an interruption of the chain.
  public func gapDays(from start: CivilDate, to end: CivilDate) -> Int {
    interruptions.reduce(0) { total, gap in
      let lower = max(start, gap.hersteldOp), upper = min(end, gap.weerZiekOp)
      return total + max(0, lower.days(until: upper))
    }
  }
}
