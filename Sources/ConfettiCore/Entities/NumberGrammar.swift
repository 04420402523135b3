/// Reads a cardinal number at a position in a token list: digits ("2,500",
/// "1.5k", "10k") or words ("twelve", "a dozen", "two dozen", "five hundred",
/// "twenty-five", "a hundred", "one thousand", "2 grand").
///
/// Like a parser combinator, it reports the value and how many tokens it used,
/// so the caller can go on from the rest:
///
/// ```swift
/// let tokens = Tokenizer.tokenize("two dozen reps")
/// NumberGrammar.parse(tokens, at: 0)  // NumberMatch(value: 24, length: 2, ...)
/// ```
public enum NumberGrammar {
  /// A number found in a token list.
  public struct Match: Sendable, Equatable {
    public var value: Double
    /// How many tokens the number covers.
    public var length: Int
    /// True when a thousands word or suffix was used ("2k", "two grand"), a strong hint of money.
    public var hasThousandsSuffix: Bool
    /// True when the number was written in digits.
    public var isDigits: Bool
    /// True for a plain four-digit integer such as "2027" (no comma, no suffix).
    public var isFourDigitPlain: Bool
  }

  static let units: [String: Double] = [
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
  ]
  static let tens: [String: Double] = [
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
  ]
  static let thousandWords: Set<String> = ["thousand", "k", "grand", "thou"]

  /// What a number word is: the words above in one table, so reading a word costs one lookup.
  enum Word {
    case unit(Double)
    case ten(Double)
    case hundred
    /// "thousand", or a thousands word that hints at money ("k", "grand", "thou").
    case thousand(isSuffix: Bool)
    case dozen
    case dozens
    /// "million": never a team size, but read so "five million people" is not five.
    case million

    /// A unit or a tens word ("seven", "forty").
    var isUnitOrTen: Bool {
      switch self {
      case .unit, .ten: return true
      default: return false
      }
    }
  }

  static let words: [String: Word] = {
    var out: [String: Word] = [:]
    for (w, v) in units { out[w] = .unit(v) }
    for (w, v) in tens { out[w] = .ten(v) }
    for w in thousandWords { out[w] = .thousand(isSuffix: w != "thousand") }
    out["hundred"] = .hundred
    out["dozen"] = .dozen
    out["dozens"] = .dozens
    out["million"] = .million
    return out
  }()

  /// The largest number read: beyond a trillion nothing is a team size or a budget,
  /// and every later computation (cents, per person × team) stays far inside `Int`.
  public static let maximum = 1e12

  /// True for the words of numbers: "eight", "twenty", "thousand", "dozen".
  static func isNumberWord(_ w: String) -> Bool { words[w] != nil }

  /// True for a unit or a tens word ("seven", "forty").
  static func isUnitOrTen(_ w: String) -> Bool { words[w]?.isUnitOrTen ?? false }

  /// Parses the longest number starting at `index`, or returns nil.
  public static func parse(_ tokens: [Token], at index: Int) -> Match? {
    guard index < tokens.count else { return nil }
    let match = tokens[index].kind == .number ? parseDigits(tokens, at: index) : parseWords(tokens, at: index)
    guard let match, match.value.isFinite, match.value <= maximum else { return nil }
    return match
  }

  private static func parseDigits(_ tokens: [Token], at index: Int) -> Match? {
    guard var value = tokens[index].numberValue else { return nil }
    let raw = tokens[index].text
    var length = 1
    var suffix = false
    // Ordinal suffixes ("3rd", "21st") mean this is not a cardinal.
    if index + 1 < tokens.count, tokens[index + 1].isJoined,
      ["st", "nd", "rd", "th"].contains(tokens[index + 1].text)
    {
      return nil
    }
    if index + 1 < tokens.count {
      let next = tokens[index + 1]
      if next.kind == .word && thousandWords.contains(next.text) && (next.isJoined || next.text != "k") {
        value *= 1000
        length += 1
        suffix = true
      } else if next.kind == .word && next.text == "k" {
        value *= 1000
        length += 1
        suffix = true
      } else if next.kind == .word && (next.text == "dozen" || next.text == "dozens") {
        value *= 12
        length += 1
      } else if next.kind == .word && next.text == "hundred" {
        value *= 100
        length += 1
      } else if next.kind == .word && (next.text == "million" || next.text == "m" && next.isJoined) {
        value *= 1_000_000
        length += 1
        suffix = true
      }
    }
    let plainFour = length == 1 && raw.count == 4 && !raw.contains(",") && !raw.contains(".")
    return Match(
      value: value, length: length, hasThousandsSuffix: suffix, isDigits: true, isFourDigitPlain: plainFour)
  }

  private static func parseWords(_ tokens: [Token], at index: Int) -> Match? {
    var i = index
    var total = 0.0
    var current = 0.0
    var sawNumberWord = false
    var suffix = false
    var lastWasAnd = false

    // "half a dozen"
    if tokens[i].text == "half", i + 2 < tokens.count, tokens[i + 1].text == "a",
      tokens[i + 2].text == "dozen"
    {
      return Match(value: 6, length: 3, hasThousandsSuffix: false, isDigits: false, isFourDigitPlain: false)
    }
    // "a"/"an" counts as one only before a multiplier: "a dozen", "a hundred", "a thousand".
    if tokens[i].text == "a" || tokens[i].text == "an" {
      guard i + 1 < tokens.count,
        ["dozen", "hundred", "thousand", "grand", "couple"].contains(tokens[i + 1].text)
      else { return nil }
      if tokens[i + 1].text == "couple" {
        // "a couple of hundred" is vague; "a couple" alone is two.
        return Match(value: 2, length: 2, hasThousandsSuffix: false, isDigits: false, isFourDigitPlain: false)
      }
      current = 1
      sawNumberWord = true
      i += 1
    }

    reading: while i < tokens.count {
      let t = tokens[i]
      guard t.kind == .word else { break }
      let w = t.text
      switch words[w] {
      case .unit(let u)?:
        current += u
      case .ten(let tv)?:
        current += tv
      case .hundred? where sawNumberWord:
        current = max(current, 1) * 100
      case .thousand(let isSuffix)? where sawNumberWord:
        total += max(current, 1) * 1000
        current = 0
        suffix = suffix || isSuffix
      case .dozen? where sawNumberWord:
        current = max(current, 1) * 12
      case .million? where sawNumberWord:
        total = (total + max(current, 1)) * 1_000_000
        current = 0
        suffix = true
      default:
        guard
          w == "and" && sawNumberWord && !lastWasAnd && i + 1 < tokens.count
            && isUnitOrTen(tokens[i + 1].text)
        else { break reading }
        lastWasAnd = true
        i += 1
        continue
      }
      lastWasAnd = false
      sawNumberWord = true
      i += 1
    }
    guard sawNumberWord, i > index else { return nil }
    return Match(
      value: total + current, length: i - index, hasThousandsSuffix: suffix, isDigits: false,
      isFourDigitPlain: false)
  }
}
