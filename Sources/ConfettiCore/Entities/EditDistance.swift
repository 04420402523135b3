/// Optimal-string-alignment Damerau–Levenshtein distance, with an early exit.
///
/// ```swift
/// EditDistance.damerauLevenshtein("cokout", "cookout", limit: 2)  // 1
/// ```
public enum EditDistance {
  /// The distance between `a` and `b`, or `limit + 1` as soon as it is known to exceed `limit`.
  public static func damerauLevenshtein(_ a: String, _ b: String, limit: Int) -> Int {
    let s = Array(a.unicodeScalars)
    let t = Array(b.unicodeScalars)
    if abs(s.count - t.count) > limit { return limit + 1 }
    if s.isEmpty { return t.count }
    if t.isEmpty { return s.count }
    var prevPrev = [Int](repeating: 0, count: t.count + 1)
    var prev = Array(0...t.count)
    var cur = [Int](repeating: 0, count: t.count + 1)
    for i in 1...s.count {
      cur[0] = i
      var rowMin = cur[0]
      for j in 1...t.count {
        let cost = s[i - 1] == t[j - 1] ? 0 : 1
        var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        if i > 1 && j > 1 && s[i - 1] == t[j - 2] && s[i - 2] == t[j - 1] {
          v = min(v, prevPrev[j - 2] + 1)
        }
        cur[j] = v
        rowMin = min(rowMin, v)
      }
      if rowMin > limit { return limit + 1 }
      (prevPrev, prev, cur) = (prev, cur, prevPrev)
    }
    return prev[t.count]
  }
}
