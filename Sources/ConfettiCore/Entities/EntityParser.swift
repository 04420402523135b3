/// Turns text into slot values with their spans, deterministically.
///
/// The grammars run most specific first, each skipping tokens an earlier one
/// took: file names, guests ("about 60 guests"), changes ("double the budget"), a head count said
/// as the whole after its parts ("…, so 9", which then wins over the parts), money, counted
/// people, years, list references, "for N", weekdays, then idea names, kinds of idea and
/// categorical words. Misspelled domain words are
/// corrected first ("ideeas", "cokout").
///
/// ```swift
/// let parse = EntityParser(lexicon: lexicon).parse("ideas for 12 people under $300", today: today)
/// parse.entities.map(\.slot)  // [.teamSize, .budget], in order of position
/// ```
public struct EntityParser: Sendable {
  /// What the parser found in one text.
  public struct Result: Sendable {
    /// The tokens after spelling correction.
    public var tokens: [Token]
    /// Entities in order of position.
    public var entities: [Entity]
    /// Non-slot cues for the intent classifier.
    public var cues: [Cue] = []
    /// The first tokens of money entities said with no currency: the conversation's currency applies.
    public var unstatedCurrency: Set<Int> = []
  }

  /// A span that is no slot value but a feature for intent classification.
  public struct Cue: Sendable, Equatable {
    public var name: String
    public var tokens: Range<Int>
    /// The change the words state, for the cues of ``EditGrammar`` ("double the budget").
    public var edit: Edit? = nil
    /// The count the words give, for ``IdeaCountGrammar`` ("give me 3 ideas").
    public var count: Int? = nil
  }

  public let lexicon: Lexicon
  /// Built on the first unknown word, so a question of known words costs nothing for it.
  let corrector: Lazy<SpellingCorrector>

  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
    let words = lexicon.correctable
    self.corrector = Lazy { SpellingCorrector(words: words) }
  }

  public func parse(_ text: String, today: CivilDate) -> Result {
    var tokens = Tokenizer.tokenize(text)
    for i in tokens.indices where tokens[i].kind == .word && !lexicon.vocabulary.contains(tokens[i].text) {
      // Number words are read by the number grammar, never "corrected" ("eight" is not "night").
      if NumberGrammar.isNumberWord(tokens[i].text) { continue }
      // Nor are the words the grammars read ("branch" is a group of people, not "brunch").
      if WordLists.grammarWords.contains(tokens[i].text) { continue }
      if let fixed = corrector.value.correct(tokens[i].text) { tokens[i].text = fixed }
    }
    var scan = EntityScan(tokens: tokens)
    FilenameGrammar.apply(&scan, text: text)
    GuestsGrammar.apply(&scan)
    EditGrammar.apply(&scan)
    TeamTotalGrammar.apply(&scan)
    BusinessGrammar.apply(&scan)
    PaceGrammar.apply(&scan)
    MoneyGrammar.apply(&scan)
    TeamSizeGrammar.applyMarked(&scan)
    YearGrammar.apply(&scan, today: today)
    OrdinalGrammar.apply(&scan)
    TeamSizeGrammar.applyFor(&scan)
    PhraseGrammar.apply(&scan, lexicon: lexicon)
    FormatMixGrammar.apply(&scan)
    NegationGrammar.apply(&scan)
    IdeaCountGrammar.apply(&scan)
    IdeaReferenceGrammar.apply(&scan, lexicon: lexicon)
    DayGrammar.apply(&scan)
    OccasionGrammar.apply(&scan)
    OverwriteGrammar.apply(&scan)
    TeamTotalGrammar.settle(&scan)
    let sorted = scan.entities.sorted { ($0.start, $0.slot) < ($1.start, $1.slot) }
    return Result(tokens: tokens, entities: sorted, cues: scan.cues, unstatedCurrency: scan.unstatedCurrency)
  }
}
