/// The working state the entity grammars share while they read one question:
/// the tokens, which of them an earlier (more specific) grammar already took,
/// and the entities found so far.
struct EntityScan {
  let tokens: [Token]
  var claimed: [Bool]
  var entities: [Entity] = []
  /// Words that are no slot but matter to the intent classifier ("christmas" → `<occasion>`).
  var cues: [EntityParser.Cue] = []
  /// The first tokens of amounts said with no currency ("a 500 budget"): ``MoneyGrammar`` marks them.
  var unstatedCurrency: Set<Int> = []
  /// The tokens of a head count said as the whole after its parts ("…, so 9"): ``TeamTotalGrammar``.
  var wholeTeam: Range<Int>?

  /// The number read at each token (``NumberGrammar/parse(_:at:)``), read once: several
  /// grammars ask at every token.
  let numbers: [NumberGrammar.Match?]

  init(tokens: [Token]) {
    self.tokens = tokens
    self.claimed = Array(repeating: false, count: tokens.count)
    self.numbers = tokens.indices.map { NumberGrammar.parse(tokens, at: $0) }
  }

  /// The number that starts at token `i`, or nil (also outside the tokens).
  func number(at i: Int) -> NumberGrammar.Match? { i >= 0 && i < numbers.count ? numbers[i] : nil }

  func text(_ i: Int) -> String? { i >= 0 && i < tokens.count ? tokens[i].text : nil }

  /// True when more than one space stands between tokens `i - 1` and `i`, as a comma or a full
  /// stop does ("a call centre of 120, budget 5k"): one phrase has ended.
  func isSeparated(before i: Int) -> Bool {
    i > 0 && i < tokens.count && tokens[i].start > tokens[i - 1].end + 1
  }

  func isFree(_ range: Range<Int>) -> Bool {
    range.lowerBound >= 0 && range.upperBound <= tokens.count && !range.contains { claimed[$0] }
  }

  /// True when the words at `i` are `words`, in order.
  func matches(_ words: [String], at i: Int) -> Bool {
    guard i >= 0, i + words.count <= tokens.count else { return false }
    for (k, w) in words.enumerated() where tokens[i + k].text != w { return false }
    return true
  }

  /// Records an entity whose value came from `valueTokens`, claiming `claim` (which includes them).
  mutating func add(
    _ slot: SlotName, _ value: Entity.Value, valueTokens: Range<Int>, claim: Range<Int>? = nil
  ) {
    let claimRange = claim ?? valueTokens
    for i in claimRange { claimed[i] = true }
    entities.append(
      Entity(
        slot: slot, value: value, start: tokens[valueTokens.lowerBound].start,
        end: tokens[valueTokens.upperBound - 1].end, tokens: valueTokens))
  }
}
