extension Lexicon {
  /// Phrases from `Intents/entities/` synonyms and the catalogue's idea names and aliases,
  /// with the training vocabulary.
  public static func builtin(catalogue: Catalogue) -> Lexicon {
    assemble(
      catalogue: catalogue,
      synonyms: GeneratedLexicon.synonyms.map { (SlotName(rawValue: $0.0)!, $0.1, $0.2) },
      vocabulary: Set(GeneratedLexicon.vocabulary), domainWords: GeneratedLexicon.correctable)
  }

  /// The lexicon from its parts: idea names and aliases, synonyms (slot, canonical value,
  /// phrase) and each categorical slot's canonical values as phrases; words of the phrases
  /// join `domainWords` as spelling-correction targets. The generator and the built-in
  /// lexicon both build it here, so training and answering see the same phrases.
  package static func assemble(
    catalogue: Catalogue, synonyms: [(SlotName, String, String)], vocabulary: Set<String>,
    domainWords: [String]
  ) -> Lexicon {
    var phrases = catalogue.ideaPhrases
    for (slot, value, phrase) in synonyms {
      phrases.append(Phrase(text: phrase, slot: slot, value: value))
    }
    for slot in TrainingData.synonymSlots {
      for v in TrainingData.values(for: slot) {
        phrases.append(Phrase(text: v.replacingUnderscores(), slot: slot, value: v))
      }
    }
    var correctable = domainWords
    for p in phrases { correctable.append(contentsOf: p.words) }
    return Lexicon(phrases: phrases, vocabulary: vocabulary, correctable: correctable)
  }
}
