/// The employee's capabilities (`werknemer.bekwaamheden`): what the RIV asks next to the job
/// (BWBR0015184 art. 2 lid 4) and what spoor 1 and the zoekprofiel are measured against.
public struct Bekwaamheden: Sendable, Equatable {
  /// Education and courses.
  public var opleidingen: [String] = []
  /// Work experience.
  public var werkervaring: [String] = []
  /// Skills.
  public var vaardigheden: [String] = []

  /// Whether nothing is filled in.
  public var isEmpty: Bool { opleidingen.isEmpty && werkervaring.isEmpty && vaardigheden.isEmpty }
}
