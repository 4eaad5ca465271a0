import PoortwachterCore

/// Lays out labels along one axis in rows so they never overlap: each label, in order of position,
/// takes the first row whose previous label ends far enough to its left. Used for the timeline's
/// markers and scale labels.
struct LabelRows {
  /// Minimum distance between the centres of two labels in one row, given their half widths.
  let gap: Double
  /// At most this many rows; a label that fits in none gets `nil` (and is left out).
  let maxRows: Int

  /// The row of each label (`nil`: no room), for labels at `centres` with `halfWidths`, in input order.
  func rows(centres: [Double], halfWidths: [Double]) -> [Int?] {
    let order = centres.indices.sorted { (centres[$0], $0) < (centres[$1], $1) }
    var rightEdges: [Double] = []
    var result = [Int?](repeating: nil, count: centres.count)
    for index in order {
      let left = centres[index] - halfWidths[index]
      if let row = rightEdges.firstIndex(where: { $0 + gap <= left }) {
        rightEdges[row] = centres[index] + halfWidths[index]
        result[index] = row
      } else if rightEdges.count < maxRows {
        rightEdges.append(centres[index] + halfWidths[index])
        result[index] = rightEdges.count - 1
      }
    }
    return result
  }
}
