import Testing

@testable import ConfettiCore
@testable import ConfettiTraining

@Suite struct ModelBuilderTests {
  /// Generalisation inside the training data: train on four fifths, test on the rest.
  @Test func heldBackFifthOfTheTrainingDataIsMostlyRight() throws {
    let data = try TrainingData.load(try Fixtures.intentFiles())
    var train = TrainingData()
    train.synonyms = data.synonyms
    var test: [TrainingData.Example] = []
    for (i, ex) in data.examples.enumerated() {
      if i % 5 == 2 { test.append(ex) } else { train.examples.append(ex) }
    }
    let built = ModelBuilder.build(data: train, catalogue: Fixtures.catalogue)
    let matcher = IntentMatcher(
      parser: EntityParser(lexicon: built.lexicon), model: built.model, templates: built.templates)
    let right = test.filter { matcher.match($0.example.text, today: Fixtures.today).intent == $0.intent }
      .count
    let accuracy = Double(right) / Double(test.count)
    #expect(accuracy >= 0.82, "accuracy on a held-back fifth: \(accuracy) (\(right)/\(test.count))")
  }

  @Test func trainingIsDeterministic() throws {
    let data = try TrainingData.load(try Fixtures.intentFiles())
    let a = ModelBuilder.build(data: data, catalogue: Fixtures.catalogue)
    let b = ModelBuilder.build(data: data, catalogue: Fixtures.catalogue)
    #expect(a.model.weights == b.model.weights)
    #expect(a.templates.keys == b.templates.keys)
  }

  /// Hex weights decode to Int8 times the scale, skipping line breaks; missing ones are zero
  /// and extra ones are ignored.
  @Test func hexWeightsDecodeAsSignedBytesTimesTheScale() {
    let count = Featurizer.bucketCount
    let short = LinearModel(classes: [.greet], hexWeights: "0aff\n  80 7f", scale: 0.5, bias: [0])
    #expect(short.weights.count == count)
    #expect(Array(short.weights.prefix(5)) == [5, -0.5, -64, 63.5, 0])
    #expect(short.weights.dropFirst(4).allSatisfy { $0 == 0 })
    let long = LinearModel(
      classes: [.greet], hexWeights: String(repeating: "01\n", count: count + 3), scale: 2, bias: [0])
    #expect(long.weights == [Float](repeating: 2, count: count))
  }

  /// The task words read from the templates' bytes are the ones the plain definition gives:
  /// the words that start with a letter, split at spaces, of every task template.
  @Test func taskWordsAreTheLetterWordsOfTheTaskTemplates() {
    let lexicon = Fixtures.parser.lexicon
    let templates = BuiltinModel.templates
    var expected = Set(lexicon.correctable)
    for (key, intent) in zip(templates.keys, templates.intents) where intent != .outOfScope {
      for w in key.split(separator: " ") where w.first?.isLetter == true { expected.insert(String(w)) }
    }
    #expect(IntentMatcher.taskWords(lexicon: lexicon, templates: templates) == expected)
    let odd = TemplateTable(
      sortedKeys: ["  café <team_size> 12 x", "élan vital", "no"],
      intents: [.suggestIdeas, .more, .outOfScope])
    #expect(
      IntentMatcher.taskWords(lexicon: lexicon, templates: odd).subtracting(lexicon.correctable) == [
        "café", "x", "élan", "vital",
      ])
  }

  @Test func templatesAreExactSentencesWithPlaceholders() {
    let t = BuiltinModel.templates
    #expect(t.count > 500)
    #expect(t.keys == t.keys.sorted())
    #expect(t.keys.contains { $0.contains("<team_size>") })
  }

  @Test func confidenceIsAProbability() {
    for text in [
      "ideas for 12 people", "blah", "plan the week", "what about remote", "zzz qqq", "tell me a joke",
    ] {
      let r = Fixtures.matcher.match(text, today: Fixtures.today)
      #expect(r.confidence >= 0 && r.confidence <= 1, "\(text): \(r.confidence)")
    }
  }
}
