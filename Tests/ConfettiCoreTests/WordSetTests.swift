import ConfettiCore
import Testing

@Suite struct WordSetTests {
  @Test func holdsEachDistinctWordOnceInByteOrder() {
    let set = WordSet(["ideas", "budget", "ideas", "café", "a", "zz", "budgets"])
    #expect(set.count == 6)
    #expect(set.words == ["a", "budget", "budgets", "café", "ideas", "zz"])
    for w in set.words { #expect(set.contains(w)) }
    for w in ["", "b", "budge", "budgetss", "cafe", "idea", "zzz", "Ideas"] {
      #expect(!set.contains(w), "\(w)")
    }
    #expect(WordSet(sortedLines: set.text) == set)
  }

  @Test func anEmptySetHoldsNothing() {
    let set = WordSet([String]())
    #expect(set.count == 0)
    #expect(!set.contains(""))
    #expect(!set.contains("ideas"))
  }

  /// The built-in vocabulary answers as the set of its words would.
  @Test func theBuiltinVocabularyHoldsItsWords() {
    let vocabulary = Lexicon.builtin(catalogue: .builtin).vocabulary
    let words = vocabulary.words
    #expect(words.count > 3000)
    #expect(Set(words).count == words.count)
    for w in words { #expect(vocabulary.contains(w)) }
    #expect(!vocabulary.contains("zzzzq"))
  }
}
