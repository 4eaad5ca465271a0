/// One line of a line diff between two versions of a file.
public struct DiffLine: Sendable, Equatable {
  /// Whether the line is in both versions, only the old or only the new one.
  public enum Kind: String, Sendable {
    case same, removed, added
  }

  /// What the line is.
  public let kind: Kind
  /// The line's text, without its line break.
  public let text: String
  /// Its number in the old version (`nil` for an added line).
  public let oldNumber: Int?
  /// Its number in the new version (`nil` for a removed line).
  public let newNumber: Int?
}

/// A line diff (longest common subsequence of lines), for showing two versions of a case file.
public enum LineDiff {
  /// The lines from `old` to `new`. Above `limit` cells (lines times lines of the part that
  /// differs) the differing part is shown as removed, then added, instead of searched.
  public static func lines(from old: String, to new: String, limit: Int = 4_000_000) -> [DiffLine] {
    let a = split(old)
    let b = split(new)
    var prefix = 0
    while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix, suffix < b.count - prefix,
      a[a.count - 1 - suffix] == b[b.count - 1 - suffix]
    {
      suffix += 1
    }
    var result: [DiffLine] = []
    for index in 0..<prefix {
      result.append(DiffLine(kind: .same, text: a[index], oldNumber: index + 1, newNumber: index + 1))
    }
    let middleA = Array(a[prefix..<(a.count - suffix)])
    let middleB = Array(b[prefix..<(b.count - suffix)])
    result += middle(middleA, middleB, offset: prefix, limit: limit)
    for index in 0..<suffix {
      let oldIndex = a.count - suffix + index
      let newIndex = b.count - suffix + index
      result.append(
        DiffLine(kind: .same, text: a[oldIndex], oldNumber: oldIndex + 1, newNumber: newIndex + 1))
    }
    return result
  }

  private static func middle(_ a: [String], _ b: [String], offset: Int, limit: Int) -> [DiffLine] {
    let removedAll = a.enumerated().map {
      DiffLine(kind: .removed, text: $0.element, oldNumber: offset + $0.offset + 1, newNumber: nil)
    }
    let addedAll = b.enumerated().map {
      DiffLine(kind: .added, text: $0.element, oldNumber: nil, newNumber: offset + $0.offset + 1)
    }
    guard !a.isEmpty, !b.isEmpty, a.count * b.count <= limit else { return removedAll + addedAll }
    // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
    let width = b.count + 1
    var lengths = [Int](repeating: 0, count: (a.count + 1) * width)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        lengths[i * width + j] =
          a[i] == b[j]
          ? lengths[(i + 1) * width + j + 1] + 1
          : max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
      }
    }
    var result: [DiffLine] = []
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if i < a.count, j < b.count, a[i] == b[j] {
        result.append(DiffLine(kind: .same, text: a[i], oldNumber: offset + i + 1, newNumber: offset + j + 1))
        i += 1
        j += 1
      } else if i < a.count, j == b.count || lengths[(i + 1) * width + j] >= lengths[i * width + j + 1] {
        result.append(removedAll[i])
        i += 1
      } else {
        result.append(addedAll[j])
        j += 1
      }
    }
    return result
  }

  private static func split(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
    }
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}
