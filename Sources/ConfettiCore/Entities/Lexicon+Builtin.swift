extension Lexicon {
  /// Phrases from `Intents/entities/` synonyms and the catalogue's idea names and aliases,
  /// with the training vocabulary. For the built-in catalogue the phrases are the ones
  /// `confetti-generate` tokenized (`GeneratedLexicon.phrases`; a test checks they equal
  /// ``phrases(catalogue:synonyms:)``); a person's catalogue has its phrases tokenized here.
  public static func builtin(catalogue: Catalogue) -> Lexicon {
    let phrases =
      catalogue.isBuiltin
      ? GeneratedLexicon.phrases
      : Lexicon.phrases(
        catalogue: catalogue,
        synonyms: GeneratedLexicon.synonyms.map { (SlotName(rawValue: $0.0)!, $0.1, $0.2) })
    return Lexicon(
      assembled: phrases, vocabulary: Set(GeneratedLexicon.vocabulary),
      domainWords: GeneratedLexicon.correctable)
  }

  /// The lexicon from its parts: idea names and aliases, synonyms (slot, canonical value,
  /// phrase) and each categorical slot's canonical values as phrases; words of the phrases
  /// join `domainWords` as spelling-correction targets. The generator and the built-in
  /// lexicon both build it here, so training and answering see the same phrases.
  package static func assemble(
    catalogue: Catalogue, synonyms: [(SlotName, String, String)], vocabulary: Set<String>,
    domainWords: [String]
  ) -> Lexicon {
    Lexicon(
      assembled: phrases(catalogue: catalogue, synonyms: synonyms), vocabulary: vocabulary,
      domainWords: domainWords)
  }

  /// The phrases of a lexicon, tokenized: the catalogue's idea names, ids and aliases, the
  /// synonyms (slot, canonical value, phrase), and each categorical slot's canonical values.
  package static func phrases(catalogue: Catalogue, synonyms: [(SlotName, String, String)]) -> [Phrase] {
    var phrases = catalogue.ideaPhrases
    for (slot, value, phrase) in synonyms {
      phrases.append(Phrase(text: phrase, slot: slot, value: value))
    }
    for slot in TrainingData.synonymSlots {
      for v in TrainingData.values(for: slot) {
        phrases.append(Phrase(text: v.replacingUnderscores(), slot: slot, value: v))
      }
    }
    return phrases
  }

  /// The lexicon of already tokenized `phrases`, whose words join `domainWords` as
  /// spelling-correction targets.
  init(assembled phrases: [Phrase], vocabulary: Set<String>, domainWords: [String]) {
    var correctable = domainWords
    for p in phrases { correctable.append(contentsOf: p.words) }
    self.init(phrases: phrases, vocabulary: vocabulary, correctable: correctable)
  }
}
