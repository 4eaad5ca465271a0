/// Where each value of a loaded case stands in its file, so findings can point at it.
public struct SourceMap: Sendable {
  private var locations: [FieldPath: SourceLocation] = [:]

  /// An empty map.
  public init() {}

  /// Makes room for `count` locations, sparing the map most of its regrowth while a case is read.
  mutating func reserveCapacity(_ count: Int) { locations.reserveCapacity(count) }

  mutating func record(_ path: FieldPath, _ location: SourceLocation) {
    // Inserts `location` only when `path` has none yet, with one hash lookup.
    Self.keep(&locations[path, default: location])
  }

  private static func keep(_ location: inout SourceLocation) {}

  /// The location of `path`, or of its nearest recorded ancestor.
  public func location(of path: FieldPath) -> SourceLocation? {
    var current: FieldPath? = path
    while let candidate = current {
      if let found = locations[candidate] { return found }
      current = candidate.parent
    }
    return nil
  }

  /// The location of a path given as text, e.g. `plan_van_aanpak.datum`.
  public func location(of path: String) -> SourceLocation? { location(of: FieldPath(path)) }

  /// Whether the file has a value at exactly `path`.
  public func contains(_ path: FieldPath) -> Bool { locations[path] != nil }
}
