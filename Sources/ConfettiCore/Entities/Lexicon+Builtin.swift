extension Lexicon {
  /// Phrases from `Intents/entities/` synonyms and the catalogue's idea names and aliases,
  /// with the training vocabulary. For the built-in catalogue the phrases are the ones
  /// `confetti-generate` tokenized (`GeneratedLexicon.phrases`; a test checks they equal
  /// ``phrases(catalogue:synonyms:)``); a person's catalogue has its phrases tokenized here.
  /// Its vocabulary too is the one `confetti-generate` stored (`GeneratedLexicon.words`: the
  /// training vocabulary and every word of the phrases), read without hashing a word.
  public static func builtin(catalogue: Catalogue) -> Lexicon {
    guard !catalogue.isBuiltin else {
      return Lexicon(
        phrases: GeneratedLexicon.phrases,
        vocabulary: WordSet(sortedLines: Array(GeneratedLexicon.words.utf8)),
        correctable: correctable(GeneratedLexicon.correctable, GeneratedLexicon.phrases))
    }
    return assemble(
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
    let phrases = phrases(catalogue: catalogue, synonyms: synonyms)
    return Lexicon(phrases: phrases, vocabulary: vocabulary, correctable: correctable(domainWords, phrases))
  }

  /// The phrases of a lexicon, tokenized: the catalogue's idea names, ids and aliases, the
  /// synonyms (slot, canonical value, phrase), and each categorical slot's canonical values.
  package static func phrases(catalogue: Catalogue, synonyms: [(SlotName, String, String)]) -> [Phrase] {
    var phrases = catalogue.ideaPhrases
    for (slot, value, phrase) in synonyms {
      phrases.append(Phrase(text: phrase, slot: slot, value: value))
    }
    for slot in SlotName.withSynonyms {
      for v in slot.row.values ?? [] {
        phrases.append(Phrase(text: v.replacingUnderscores(), slot: slot, value: v))
      }
    }
    return phrases
  }

  /// The spelling-correction targets: `domainWords`, then every word of `phrases`.
  static func correctable(_ domainWords: [String], _ phrases: [Phrase]) -> [String] {
    var correctable = domainWords
    for p in phrases { correctable.append(contentsOf: p.words) }
    return correctable
  }
}

extension String {
  /// "in_person" → "in person": a slot value as people write it.
  package func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
}
