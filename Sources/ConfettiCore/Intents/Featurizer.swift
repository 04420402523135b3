/// Turns a parsed question into the inputs of both intent parsers.
///
/// Entity values are replaced by placeholders (`<team_size>`, `<budget>`, …),
/// so "ideas for 12 people" and "ideas for 40 people" look alike. The
/// deterministic parser compares the placeholder sentence (the *template*);
/// the statistical one reads hashed features: words, word pairs, stems (so "coming" meets "come"),
/// and a word's character 3- and 4-grams (so a misspelling shares most of its word's features).
///
/// ```swift
/// let parse = parser.parse("ideas for 12 people", today: today)
/// Featurizer.template(of: parse)   // "ideas for <team_size> people"
/// ```
public enum Featurizer {
  /// The number of hashed feature buckets; a power of two.
  public static let bucketCount = 1 << 13

  /// Words and placeholders, in order.
  public static func units(of parse: EntityParser.Result) -> [String] {
    var starts: [Int: (name: String, end: Int)] = [:]
    // A flag's word is the evidence itself ("overwrite"), so it stays a word.
    for e in parse.entities where starts[e.tokens.lowerBound] == nil && e.value != .flag {
      starts[e.tokens.lowerBound] = (e.slot.rawValue, e.tokens.upperBound)
    }
    for c in parse.cues where starts[c.tokens.lowerBound] == nil {
      starts[c.tokens.lowerBound] = (c.name, c.tokens.upperBound)
    }
    var out: [String] = []
    out.reserveCapacity(parse.tokens.count)
    var i = 0
    while i < parse.tokens.count {
      if let e = starts[i] {
        out.append("<" + e.name + ">")
        i = max(e.end, i + 1)
      } else {
        out.append(parse.tokens[i].text)
        i += 1
      }
    }
    return out
  }

  public static func template(of parse: EntityParser.Result) -> String {
    units(of: parse).joined(separator: " ")
  }

  /// Sorted, unique feature buckets.
  public static func features(units: [String]) -> [Int] {
    var set = Set<Int>()
    set.reserveCapacity(units.count * 8)
    func add(_ s: String) { set.insert(bucket(s)) }
    var previous = "^"
    for u in units {
      add("w=" + u)
      add("b=" + previous + "|" + u)
      previous = u
      if !u.hasPrefix("<") && u.count >= 4 { add("s=" + Stemmer.stem(u)) }
      if !u.hasPrefix("<") && u.count >= 3 {
        let chars = Array("<" + u + ">")
        if chars.count >= 3 {
          for k in 0...(chars.count - 3) { add("c=" + String(chars[k..<(k + 3)])) }
        }
        if chars.count >= 5 {
          for k in 0...(chars.count - 4) { add("d=" + String(chars[k..<(k + 4)])) }
        }
      }
    }
    add("b=" + previous + "|$")
    let n = units.count
    add("len=" + (n <= 3 ? String(n) : n <= 6 ? "4-6" : "7+"))
    return set.sorted()
  }

  /// FNV-1a over the UTF-8 bytes, folded into ``bucketCount``.
  public static func bucket(_ s: String) -> Int {
    var h: UInt32 = 2_166_136_261
    for b in s.utf8 {
      h ^= UInt32(b)
      h = h &* 16_777_619
    }
    return Int(h & UInt32(bucketCount - 1))
  }
}
