import ConfettiCore

/// Builds everything the intent matcher learns from `Intents/`: the
/// vocabulary, the deterministic templates and the trained classifier.
///
/// `confetti-generate` runs this at build time and writes the result as Swift
/// source, so start-up pays nothing for training. Tests run it too, on
/// subsets, to measure generalisation.
///
/// ```swift
/// let built = ModelBuilder.build(data: data, catalogue: catalogue)
/// built.templates.intent(for: "ideas for <team_size> people")  // .suggestIdeas
/// ```
public enum ModelBuilder {
  public struct Output: Sendable {
    public var lexicon: Lexicon
    public var templates: TemplateTable
    public var model: LinearModel
    /// Vocabulary words, sorted.
    public var vocabulary: [String]
    /// Words that misspellings may be corrected to, sorted.
    public var correctable: [String]
  }

  /// True for examples under `Intents/external/` (CLINC150): other people's sentences about other
  /// things teach the classifier, but never become exact templates, whose placeholders would make
  /// "music please" (a request to play music) refuse "food please" (a kind of idea).
  static func isExternal(_ file: String) -> Bool {
    file.hasPrefix("Intents/external/") || file.contains("/Intents/external/")
  }

  /// A fixed date for resolving "this year" while training (templates hold placeholders anyway).
  static let trainingDay = CivilDate(year: 2026, month: 1, day: 1)

  public static func build(data: TrainingData, catalogue: Catalogue, trainer: IntentTrainer = IntentTrainer())
    -> Output
  {
    var vocabulary = Set<String>()
    var domainCounts: [String: Int] = [:]
    for ex in data.examples {
      // Words inside annotations are entity values, resolved by the grammars; a typo
      // there ("[cokout](idea)") must stay correctable, so only the rest is vocabulary.
      let annotated = ex.example.annotations.map { $0.start..<$0.end }
      let words = Set(
        Tokenizer.tokenize(ex.example.text).filter { t in
          t.kind == .word && !annotated.contains { $0.contains(t.start) }
        }.map(\.text))
      vocabulary.formUnion(words)
      if ex.intent != .outOfScope {
        for w in words { domainCounts[w, default: 0] += 1 }
      }
    }
    for s in data.synonyms {
      vocabulary.formUnion(Tokenizer.tokenize(s.phrase).map(\.text))
    }
    let correctable = domainCounts.filter { $0.value >= 2 && $0.key.count >= 4 }.map(\.key).sorted()

    let lexicon = Lexicon.assemble(
      catalogue: catalogue, synonyms: data.synonyms.map { ($0.slot, $0.value, $0.phrase) },
      vocabulary: vocabulary,
      domainWords: correctable)
    let parser = EntityParser(lexicon: lexicon)

    var templateIntents: [String: Set<Intent>] = [:]
    var samples: [IntentTrainer.Sample] = []
    for ex in data.examples {
      let parse = parser.parse(ex.example.text, today: trainingDay)
      let units = Featurizer.units(of: parse)
      if !isExternal(ex.example.file) {
        templateIntents[units.joined(separator: " "), default: []].insert(ex.intent)
      }
      samples.append(IntentTrainer.Sample(features: Featurizer.features(units: units), intent: ex.intent))
    }
    var templates: [String: Intent] = [:]
    for (t, intents) in templateIntents where intents.count == 1 && !t.isEmpty {
      templates[t] = intents.first!
    }
    let model = trainer.train(samples)
    return Output(
      lexicon: lexicon, templates: TemplateTable(templates), model: model, vocabulary: vocabulary.sorted(),
      correctable: correctable)
  }
}
