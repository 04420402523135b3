import Testing

@testable import ConfettiCore

@Suite struct SpellingCorrectorTests {
  /// The correction by the plain definition, word by word: the closest (then first in order) word
  /// of four letters or more that equals the input or one of its one-character deletions, or has
  /// one of those as its own deletion, within one edit (two from nine letters). `deletions` holds
  /// each such word's deletions, by length.
  static func reference(_ word: String, deletions: [Int: [String: Set<String>]]) -> String? {
    guard word.count >= 5, deletions[word.count]?[word] == nil else { return nil }
    let keys = Set([word] + SpellingCorrector.deletions(of: word))
    var candidates: [String] = []
    // A word that shares a deletion with the input is at most one letter longer or shorter.
    for length in (word.count - 1)...(word.count + 1) {
      for (w, own) in deletions[length] ?? [:] where keys.contains(w) || !keys.isDisjoint(with: own) {
        candidates.append(w)
      }
    }
    let limit = word.count >= 9 ? 2 : 1
    var best: (String, Int)?
    for c in candidates.sorted() {
      let d = EditDistance.damerauLevenshtein(word, c, limit: limit)
      if d <= limit, best == nil || d < best!.1 { best = (c, d) }
    }
    return best?.0
  }

  /// Every word of the built-in correctable list, with each kind of typo at each place, is corrected
  /// as the plain definition says.
  @Test func correctsAsThePlainDefinitionSays() {
    let words = Fixtures.parser.lexicon.correctable
    let fix = SpellingCorrector(words: words)
    var deletions: [Int: [String: Set<String>]] = [:]
    for w in Set(words) where w.count >= 4 {
      deletions[w.count, default: [:]][w] = Set(SpellingCorrector.deletions(of: w))
    }
    var checked = 0
    var corrected = 0
    for w in Set(words).sorted() where w.count >= 4 {
      let chars = Array(w)
      var typos: [String] = []
      for i in chars.indices {
        var dropped = chars
        dropped.remove(at: i)
        typos.append(String(dropped))
        var doubled = chars
        doubled.insert(chars[i], at: i)
        typos.append(String(doubled))
        var replaced = chars
        replaced[i] = replaced[i] == "x" ? "q" : "x"
        typos.append(String(replaced))
        if i + 1 < chars.count {
          var swapped = chars
          swapped.swapAt(i, i + 1)
          typos.append(String(swapped))
        }
      }
      for t in typos where checked < 4000 {
        let expected = SpellingCorrectorTests.reference(t, deletions: deletions)
        #expect(fix.correct(t) == expected, "\(t)")
        checked += 1
        if expected != nil { corrected += 1 }
      }
    }
    #expect(checked == 4000)
    #expect(corrected > 1000)
  }

  @Test(arguments: [
    ("ideeas", "ideas"), ("cookuot", "cookout"), ("caféé", "café"), ("banana", nil), ("budget", nil),
  ])
  func correctsAWordWithinOneEdit(_ typo: String, _ fixed: String?) {
    let fix = SpellingCorrector(words: ["ideas", "budget", "cookout", "café"])
    #expect(fix.correct(typo) == fixed)
  }
}
