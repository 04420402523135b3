extension Lexicon {
  /// Phrases from `Intents/entities/` synonyms and the catalogue's idea names and aliases,
  /// with the training vocabulary.
  public static func builtin(catalogue: Catalogue) -> Lexicon {
    var phrases = catalogue.ideaPhrases
    for (slot, value, phrase) in GeneratedLexicon.synonyms {
      phrases.append(Phrase(text: phrase, slot: SlotName(rawValue: slot)!, value: value))
    }
    for slot in [SlotName.audience, .format, .theme] {
      for v in TrainingData.values(for: slot) {
        phrases.append(Phrase(text: v.replacingUnderscores(), slot: slot, value: v))
      }
    }
    let vocabulary = Set(GeneratedLexicon.vocabulary)
    var correctable = GeneratedLexicon.correctable
    for p in phrases { correctable.append(contentsOf: p.words) }
    return Lexicon(phrases: phrases, vocabulary: vocabulary, correctable: correctable)
  }
}
