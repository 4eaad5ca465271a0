/// Suggests the nearest allowed key for a misspelt one (`eerste_ziekte_dag` -> `eerste_ziektedag`).
enum KeySuggestion {
  /// The closest candidate within a small edit distance, or `nil`.
  static func nearest(to key: String, in candidates: [String]) -> String? {
    let lowered = key.lowercased()
    let limit = max(2, lowered.count / 3)
    var best: (String, Int)?
    for candidate in candidates {
      let distance = editDistance(lowered, candidate)
      if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
    }
    return best?.0
  }

  /// Levenshtein distance over Unicode scalars.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[y.count]
  }
}
