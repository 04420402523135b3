/// One unit of a tokenised question: a word, a number or a symbol.
///
/// Offsets count `Character`s of the original text, so a span can be shown
/// back to the person or checked in a test:
///
/// ```swift
/// let tokens = Tokenizer.tokenize("ideas for 12 people")
/// tokens[2].text   // "12"
/// tokens[2].start  // 10
/// ```
public struct Token: Sendable, Equatable, CustomStringConvertible {
  /// What a token is made of.
  public enum Kind: Sendable, Equatable {
    /// Letters, possibly with digits or apostrophes inside ("ppl", "we're").
    case word
    /// Digits, possibly with a decimal point or thousands commas ("2,500", "1.5").
    case number
    /// A single meaningful symbol: `$ £ € # / % & + @`.
    case symbol
  }

  public var kind: Kind
  /// The normalised text: lower case, common accents folded, curly quotes straightened.
  public var text: String
  /// First character offset in the original input.
  public var start: Int
  /// One past the last character offset in the original input.
  public var end: Int
  /// True when no space separates this token from the previous one ("12" "ppl" in "12ppl").
  public var isJoined: Bool
  /// True when a lone hyphen separates this token from the previous one ("200" "400" in "200-400").
  public var isAfterHyphen: Bool
  /// True for a number written with a minus sign on its own ("-100" in "budget: -100"), not a range.
  public var isNegative = false

  public init(
    kind: Kind, text: String, start: Int, end: Int, isJoined: Bool = false, isAfterHyphen: Bool = false
  ) {
    self.kind = kind
    self.text = text
    self.start = start
    self.end = end
    self.isJoined = isJoined
    self.isAfterHyphen = isAfterHyphen
  }

  public var description: String { text }

  /// The numeric value of a number token ("2,500" → 2500), or nil.
  public var numberValue: Double? {
    guard kind == .number else { return nil }
    var digits = ""
    for c in text where c != "," { digits.append(c) }
    // "1.000" and "12.500.000": dots grouping thousands, as much of Europe writes them.
    let groups = text.split(separator: ".", omittingEmptySubsequences: false)
    if groups.count >= 2, !text.contains(","), (1...3).contains(groups[0].count),
      groups.dropFirst().allSatisfy({ $0.count == 3 }), groups[0] != "0"
    {
      return Double(text.filter { $0 != "." })
    }
    return Double(digits)
  }
}
