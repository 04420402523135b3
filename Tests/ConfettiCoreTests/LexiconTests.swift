import ConfettiCore
import Testing

@Suite struct LexiconTests {
  /// The built-in lexicon, made from the phrases `confetti-generate` tokenized, is the one the
  /// runtime builds from the same ideas and synonyms, as it does for a person's catalogue.
  @Test func theGeneratedLexiconIsTheOneBuiltFromTheCatalogue() {
    let merged = Catalogue.builtin.merging([])
    #expect(Catalogue.builtin.isBuiltin)
    #expect(!merged.isBuiltin)
    let generated = Lexicon.builtin(catalogue: .builtin)
    let built = Lexicon.builtin(catalogue: merged)
    #expect(generated.phrases.count > 1000)
    #expect(generated.phrases == built.phrases)
    #expect(generated.vocabulary == built.vocabulary)
    #expect(generated.correctable == built.correctable)
  }

  /// A person's idea is a phrase of the lexicon built for their catalogue, and not of the built-in one.
  @Test func aPersonsIdeaIsAPhrase() throws {
    let idea = try Fixtures.idea(id: "llama-parade", name: "Llama Parade", summary: "Llamas walk the floor.")
    let mine = Lexicon.builtin(catalogue: Catalogue.builtin.merging([idea]))
    let phrase = Lexicon.Phrase(words: ["llama", "parade"], slot: .idea, value: "llama-parade")
    #expect(mine.phrases.contains(phrase))
    #expect(!Lexicon.builtin(catalogue: .builtin).phrases.contains(phrase))
  }
}
