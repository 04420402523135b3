/// Splits text into ``Token``s, normalising as it goes.
///
/// Letters are lower-cased and common Latin accents folded ("Café" → "cafe");
/// hyphens and punctuation separate tokens; digit runs keep their thousands
/// commas and decimal point; a run of digits followed by letters splits in two
/// ("12ppl" → "12", "ppl", the second marked ``Token/isJoined``).
///
/// ```swift
/// Tokenizer.tokenize("Plan the week for 40 reps with $2k!").map(\.text)
/// // ["plan", "the", "week", "for", "40", "reps", "with", "$", "2", "k"]
/// ```
public enum Tokenizer {
  public static func tokenize(_ input: String) -> [Token] {
    var tokens = tokenizeUnsigned(input)
    if input.utf8.contains(45) { markNegatives(&tokens, in: input) }
    return tokens
  }

  /// Flags numbers with a minus sign of their own: "-100" after a space, a colon or the start, never
  /// the second end of a range ("200-400").
  static func markNegatives(_ tokens: inout [Token], in input: String) {
    let chars = Array(input)
    for k in tokens.indices where tokens[k].kind == .number && tokens[k].start >= 1 {
      let s = tokens[k].start
      guard chars[s - 1] == "-" || chars[s - 1] == "\u{2212}" else { continue }
      if s == 1 || !(chars[s - 2].isLetter || chars[s - 2].isNumber) { tokens[k].isNegative = true }
    }
  }

  static func tokenizeUnsigned(_ input: String) -> [Token] {
    if let ascii = tokenizeASCII(input) { return ascii }
    var tokens: [Token] = []
    let chars = Array(input)
    var i = 0
    var lastEnd = -1
    func hyphenBefore(_ start: Int) -> Bool {
      start >= 1 && start - 1 == lastEnd && (chars[start - 1] == "-" || chars[start - 1] == "\u{2013}")
    }
    while i < chars.count {
      let c = chars[i]
      if isDigit(c) {
        let start = i
        var text = ""
        while i < chars.count {
          let d = chars[i]
          if isDigit(d) {
            text.append(d)
            i += 1
          } else if (d == "," || d == ".") && i + 1 < chars.count && isDigit(chars[i + 1]) && !text.isEmpty {
            text.append(d)
            i += 1
          } else {
            break
          }
        }
        tokens.append(
          Token(
            kind: .number, text: text, start: start, end: i, isJoined: start == lastEnd,
            isAfterHyphen: hyphenBefore(start)))
        lastEnd = i
      } else if let letter = foldLetter(c) {
        let start = i
        var text = letter
        i += 1
        while i < chars.count {
          let d = chars[i]
          if let l = foldLetter(d) {
            text += l
            i += 1
          } else if isApostrophe(d) && i + 1 < chars.count && foldLetter(chars[i + 1]) != nil {
            text.append("'")
            i += 1
          } else {
            break
          }
        }
        // Possessive "'s" is dropped from the text ("year's" → "year"); contractions stay ("we're").
        if text.hasSuffix("'s") && text.count > 3 { text.removeLast(2) }
        tokens.append(
          Token(
            kind: .word, text: text, start: start, end: i, isJoined: start == lastEnd,
            isAfterHyphen: hyphenBefore(start)))
        lastEnd = i
      } else if isSymbol(c) {
        tokens.append(
          Token(
            kind: .symbol, text: String(c), start: i, end: i + 1, isJoined: i == lastEnd,
            isAfterHyphen: hyphenBefore(i)))
        i += 1
        lastEnd = i
      } else {
        i += 1
      }
    }
    return tokens
  }

  /// The same rules over bytes, for the common all-ASCII input (offsets are then byte offsets);
  /// nil when the input has any non-ASCII byte.
  static func tokenizeASCII(_ input: String) -> [Token]? {
    var input = input
    return input.withUTF8 { bytes -> [Token]? in
      for b in bytes where b >= 0x80 { return nil }
      var tokens: [Token] = []
      tokens.reserveCapacity(bytes.count / 4)
      var i = 0
      var lastEnd = -1
      let n = bytes.count
      @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
      @inline(__always) func isLetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }
      func hyphenBefore(_ start: Int) -> Bool { start >= 1 && start - 1 == lastEnd && bytes[start - 1] == 45 }
      func text(_ from: Int, _ to: Int, lower: Bool) -> String {
        String(unsafeUninitializedCapacity: to - from) { buffer in
          for k in from..<to {
            let b = bytes[k]
            buffer[k - from] = lower && b >= 65 && b <= 90 ? b + 32 : (b == 39 ? 39 : b)
          }
          return to - from
        }
      }
      while i < n {
        let b = bytes[i]
        if isDigit(b) {
          let start = i
          while i < n {
            let d = bytes[i]
            if isDigit(d) {
              i += 1
            } else if (d == 44 || d == 46) && i + 1 < n && isDigit(bytes[i + 1]) {
              i += 1
            } else {
              break
            }
          }
          tokens.append(
            Token(
              kind: .number, text: text(start, i, lower: false), start: start, end: i,
              isJoined: start == lastEnd,
              isAfterHyphen: hyphenBefore(start)))
          lastEnd = i
        } else if isLetter(b) {
          let start = i
          i += 1
          while i < n {
            if isLetter(bytes[i]) {
              i += 1
            } else if bytes[i] == 39 && i + 1 < n && isLetter(bytes[i + 1]) {
              i += 1
            } else {
              break
            }
          }
          var word = text(start, i, lower: true)
          if word.hasSuffix("'s") && word.utf8.count > 3 { word.removeLast(2) }
          tokens.append(
            Token(
              kind: .word, text: word, start: start, end: i, isJoined: start == lastEnd,
              isAfterHyphen: hyphenBefore(start)))
          lastEnd = i
        } else if b == 36 || b == 35 || b == 47 || b == 37 || b == 38 || b == 43 || b == 64 {
          tokens.append(
            Token(
              kind: .symbol, text: String(UnicodeScalar(b)), start: i, end: i + 1, isJoined: i == lastEnd,
              isAfterHyphen: hyphenBefore(i))
          )
          i += 1
          lastEnd = i
        } else {
          i += 1
        }
      }
      return tokens
    }
  }

  static func isDigit(_ c: Character) -> Bool {
    guard let a = c.asciiValue else { return false }
    return a >= 48 && a <= 57
  }

  static func isApostrophe(_ c: Character) -> Bool {
    c == "'" || c == "\u{2019}" || c == "\u{2018}"
  }

  static func isSymbol(_ c: Character) -> Bool {
    switch c {
    case "$", "£", "€", "₹", "¥", "#", "/", "%", "&", "+", "@": return true
    default: return false
    }
  }

  /// The lower-case, accent-folded form of a letter, or nil for anything else.
  static func foldLetter(_ c: Character) -> String? {
    if let a = c.asciiValue {
      if a >= 65 && a <= 90 { return String(UnicodeScalar(a + 32)) }
      if a >= 97 && a <= 122 { return String(c) }
      return nil
    }
    guard c.isLetter else { return nil }
    let lower = c.lowercased()
    if let folded = accentFolding[lower] { return folded }
    return lower
  }

  private static let accentFolding: [String: String] = {
    var table: [String: String] = [:]
    let groups: [(String, String)] = [
      ("àáâãäåā", "a"), ("çćč", "c"), ("èéêëēė", "e"), ("ìíîïī", "i"), ("ñń", "n"),
      ("òóôõöøō", "o"), ("ùúûüū", "u"), ("ýÿ", "y"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"),
    ]
    for (letters, base) in groups {
      for l in letters { table[String(l)] = base }
    }
    return table
  }()
}
