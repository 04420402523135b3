import ConfettiCore
import Testing

@testable import ConfettiTraining

@Suite struct RelevanceTests {
  @Test(arguments: [
    ("parties", "party"), ("grilling", "grill"), ("costumes", "costume"), ("games", "game"),
    ("boxes", "box"), ("running", "run"), ("planned", "plan"), ("class", "class"), ("music", "music"),
    ("bus", "bus"), ("tea", "tea"),
  ])
  func stemmerFoldsInflections(_ word: String, _ stem: String) {
    #expect(Stemmer.stem(word) == stem)
  }

  /// The built-in catalogue's index, read as `confetti-generate` stored it, is the one built
  /// from the ideas' texts: same terms, postings, documents, phrases and scores.
  @Test func theGeneratedIndexIsTheOneBuiltFromTheIdeas() {
    let built = RelevanceIndex(ideas: Fixtures.catalogue.ideas, kindWords: RelevanceIndex.builtinKindWords)
    let generated = Fixtures.catalogue.relevance.value
    #expect(generated == built)
    #expect(generated.ids == built.ids)
    #expect(generated.documents == built.documents)
    #expect(generated.phrases == built.phrases)
    for q in ["a cookout with hayrides", "karaoke for the team", "speak handwrite musical", "zzz"] {
      let terms = RelevanceIndex.terms(of: q)
      #expect(generated.scores(terms) == built.scores(terms), "\(q)")
    }
  }

  @Test func bm25RanksTheIdeaWhoseWordsMatch() throws {
    let index = RelevanceIndex(ideas: Fixtures.catalogue.ideas, kindWords: RelevanceIndex.builtinKindWords)
    let scores = index.scores(RelevanceIndex.terms(of: "hayrides and pumpkin carving"))
    let best = try #require(scores.indices.max { scores[$0] < scores[$1] })
    #expect(Fixtures.catalogue.ideas[best].id == "fall-festival")
    #expect(index.scores(RelevanceIndex.terms(of: "the a of")).allSatisfy { $0 == 0 })
    #expect(index.resolve("musical") == "music")
  }

  /// The catalogue evidence of a word depends on how many ideas hold it, not on how many ideas
  /// there are: ideas added without the word (of the same length, so BM25's length norm stays)
  /// leave it as it was, where the raw score in units of one distinctive word grows. Ideas
  /// added with the word make it weaker.
  @Test func evidenceDoesNotGrowWithTheCatalogue() throws {
    func index(_ docs: [[String: Double]]) -> RelevanceIndex {
      RelevanceIndex(
        ids: docs.indices.map { "i\($0)" }, documents: docs, phrases: docs.map { _ in [] },
        extendsWords: false)
    }
    // "table" in two ideas: one idea's word weighs the same at any size, a shared one does not.
    let base: [[String: Double]] = [["table": 2, "foosball": 1], ["cake": 3], ["table": 1, "lay": 2]]
    let fillers = (0..<60).map { ["filler\($0)": 3.0] }
    let small = index(base)
    let large = index(base + fillers)
    let shared = index(
      base + fillers.map { $0.merging(["table": 1]) { a, _ in a } }.prefix(5) + fillers.dropFirst(5))
    let e = small.evidence(["table"])[0]
    #expect(abs(large.evidence(["table"])[0] - e) < 1e-9)
    #expect(
      large.scores(["table"])[0] / large.distinctiveWordWeight
        > small.scores(["table"])[0] / small.distinctiveWordWeight)
    #expect(shared.evidence(["table"])[0] < e)
    #expect(small.evidence(["nothing"]).allSatisfy { $0 == 0 })
  }

  /// A word may stand for an indexed word that extends it by up to three letters ("speak" for
  /// "speaker"), the shortest first; shorter words and longer gaps do not match by chance.
  @Test func aWordFindsTheIndexedWordThatExtendsIt() throws {
    let ideas = [
      try Fixtures.idea(
        id: "guest-speaker", name: "Guest Speaker",
        summary: "A visitor talks to the team; speakers and speakerphones welcome, handwritten invitations.")
    ]
    let index = RelevanceIndex(ideas: ideas, kindWords: [:])
    #expect(index.resolve("speak") == "speaker")
    #expect(index.resolve("spea") == nil)
    #expect(index.resolve("visi") == nil)
    #expect(index.resolve("speakerp") == "speaker")
    // A final "e" drops before a suffix.
    #expect(index.resolve("handwrite") == "handwritten")
    #expect(index.scores(["speak"]).first ?? 0 > 0)
    let plain = RelevanceIndex(ideas: ideas, kindWords: [:], fields: .baseline)
    #expect(plain.resolve("speak") == nil)
  }

  @Test(arguments: [
    ("something with grub for 20", [Kind.food]), ("any tunes for the party", [.music]),
    ("halloween stuff for my team", [.halloween]), ("pizza and games", [.food, .games]),
  ])
  func kindWordsBecomeTheKindsSlot(_ text: String, _ kinds: [Kind]) {
    #expect(Fixtures.matcher.content(of: text, today: Fixtures.today).kinds == kinds)
  }

  @Test(arguments: [
    "my grill won't light at home", "suggest a good korean dish", "tell me a fun fact about owls",
    "gift ideas for a thanksgiving potluck with 15 people",
  ])
  func aKindOrIdeaWordAloneInAnUnrelatedLineIsNotARequest(_ text: String) {
    #expect(Fixtures.matcher.match(text, today: Fixtures.today).intent == .outOfScope, "\(text)")
  }
}

/// The search settles which idea a one-word alias means, and never overrides what the
/// training data names.
@Suite struct IdeaDisambiguationTests {
  @Test func aOneWordAliasYieldsToAnIdeaTheWholeLineMatchesBetter() {
    let line = "giveaways for our customers with discount vouchers, pushed on social with a hashtag"
    #expect(
      Fixtures.parser.parse(line, today: Fixtures.today).entities.first { $0.slot == .idea }?.value
        == .text("raffle"))
    #expect(Fixtures.matcher.match(line, today: Fixtures.today).slots.idea == "customer-appreciation-drive")
    // An idea's own name is never second-guessed.
    #expect(
      Fixtures.matcher.match("a raffle with discount vouchers for customers", today: Fixtures.today)
        .slots.idea == "raffle")
  }

  /// Words another idea shares by chance do not take a name away: "lunch" names the catered
  /// lunch even beside a book club whose summary has a lunch and chapters "spread" over a month.
  @Test func aWordSharedByChanceDoesNotOverrideAnAlias() throws {
    let extra = [
      try Fixtures.idea(
        id: "reading-circle", name: "Reading Circle",
        summary: "A book on service, its chapters spread over the month, discussed over lunch.",
        formats: "[in_person, hybrid]", perPerson: 15)
    ]
    let matcher = IntentMatcher(catalogue: Fixtures.catalogue.merging(extra))
    let line = "a themed lunch spread brought in for our hybrid team of 35"
    #expect(matcher.match(line, today: Fixtures.today).slots.idea == "catered-lunch")
  }

  @Test func everyAnnotatedIdeaInTheTrainingDataIsKept() throws {
    let data = try TrainingData.load(try Fixtures.intentFiles())
    var checked = 0
    for e in data.examples {
      for a in e.example.annotations where a.slot == .idea {
        // A misspelling alone may have too little context to be corrected; the line has it.
        guard
          let alone = Fixtures.parser.parse(a.text, today: Fixtures.today).entities.first(where: {
            $0.slot == .idea
          })
        else { continue }
        let inLine = Fixtures.matcher.match(e.example.text, today: Fixtures.today).entities.first {
          $0.slot == .idea
        }
        #expect(inLine?.value == alone.value, "\(e.example.file):\(e.example.line)")
        checked += 1
      }
    }
    #expect(checked > 20)
  }

  /// An idea named in full, for no one in particular, is a question about it; a personal line is not.
  @Test(arguments: [
    ("what should a catered lunch include", Intent.ideaDetails),
    ("raffle particulars please", .ideaDetails),
    ("I entered a raffle at the fair, where is my ticket", .outOfScope),
  ])
  func anIdeaNamedInFull(_ text: String, _ intent: Intent) {
    #expect(Fixtures.matcher.match(text, today: Fixtures.today).intent == intent, "\(text)")
  }
}
