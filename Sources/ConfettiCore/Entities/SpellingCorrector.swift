/// Corrects a misspelled word to a close domain word, or leaves it alone.
///
/// Only words outside the vocabulary, of five letters or more, are corrected,
/// and only to a word of the `correctable` list within one edit (two edits for
/// words of nine letters or more). Deletion neighbourhoods (as in SymSpell) keep
/// a look-up to a few dictionary probes.
///
/// ```swift
/// let fix = SpellingCorrector(words: ["ideas", "budget", "cookout"])
/// fix.correct("ideeas")  // "ideas"
/// fix.correct("banana")  // nil
/// ```
public struct SpellingCorrector: Sendable {
  private let words: Set<String>
  private let deletes: [String: [String]]

  public init(words: [String]) {
    let usable = words.filter { $0.count >= 4 }
    self.words = Set(usable)
    var map: [String: [String]] = [:]
    for w in Set(usable) {
      for d in SpellingCorrector.deletions(of: w) {
        map[d, default: []].append(w)
      }
    }
    for key in map.keys { map[key]!.sort() }
    self.deletes = map
  }

  /// The correction for `word`, or nil when none is close enough.
  public func correct(_ word: String) -> String? {
    guard word.count >= 5, !words.contains(word) else { return nil }
    var candidates: Set<String> = []
    // Distance one: a dictionary word and the input share a deletion (or equal one).
    for key in [word] + SpellingCorrector.deletions(of: word) {
      for c in deletes[key] ?? [] { candidates.insert(c) }
      if words.contains(key) { candidates.insert(key) }
    }
    let maxDistance = word.count >= 9 ? 2 : 1
    var best: (String, Int)?
    for c in candidates.sorted() {
      let d = EditDistance.damerauLevenshtein(word, c, limit: maxDistance)
      if d <= maxDistance, best == nil || d < best!.1 {
        best = (c, d)
      }
    }
    return best?.0
  }

  static func deletions(of word: String) -> [String] {
    let chars = Array(word)
    guard chars.count > 1 else { return [] }
    var out: [String] = []
    out.reserveCapacity(chars.count)
    for i in 0..<chars.count {
      var copy = chars
      copy.remove(at: i)
      out.append(String(copy))
    }
    return out
  }
}
