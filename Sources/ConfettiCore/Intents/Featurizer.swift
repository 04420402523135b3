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
  ///
  /// Each feature is the FNV-1a ``bucket(_:)`` of its text ("w=ideas", "b=^|ideas", "s=idea",
  /// "c=<id", "d=<ide", …), hashed from the pieces of that text as they are, without building it.
  public static func features(units: [String]) -> [Int] {
    var buckets: [Int] = []
    buckets.reserveCapacity(units.count * 24)
    var previous = "^"
    for u in units {
      buckets.append(FeatureHash("w=").then(u).bucket)
      buckets.append(FeatureHash("b=").then(previous).then(UInt8(ascii: "|")).then(u).bucket)
      previous = u
      // Starts with the character "<" (a placeholder): a first byte "<" followed by nothing or
      // ASCII is that character; otherwise ask the string.
      var utf8 = u.utf8.makeIterator()
      if utf8.next() == UInt8(ascii: "<") {
        let second = utf8.next()
        if second == nil || second! < 0x80 || u.hasPrefix("<") { continue }
      }
      var copy = u
      copy.withUTF8 { bytes in
        // A character is a byte in printable ASCII; other words count characters (graphemes).
        let ascii = bytes.allSatisfy { $0 > 0x20 && $0 < 0x7F }
        let count = ascii ? bytes.count : u.count
        if count >= 4 { buckets.append(FeatureHash("s=").then(Stemmer.stem(u)).bucket) }
        guard count >= 3 else { return }
        if ascii {
          // "<" + u + ">" as bytes; its 3- and 4-byte windows are the character n-grams.
          var framed: [UInt8] = [UInt8(ascii: "<")]
          framed.append(contentsOf: bytes)
          framed.append(UInt8(ascii: ">"))
          for k in 0...(framed.count - 3) {
            buckets.append(FeatureHash("c=").then(framed[k..<(k + 3)]).bucket)
          }
          for k in 0...(framed.count - 4) {
            buckets.append(FeatureHash("d=").then(framed[k..<(k + 4)]).bucket)
          }
        } else {
          let chars = Array("<" + u + ">")
          if chars.count >= 3 {
            for k in 0...(chars.count - 3) { buckets.append(bucket("c=" + String(chars[k..<(k + 3)]))) }
          }
          if chars.count >= 5 {
            for k in 0...(chars.count - 4) { buckets.append(bucket("d=" + String(chars[k..<(k + 4)]))) }
          }
        }
      }
    }
    buckets.append(FeatureHash("b=").then(previous).then(UInt8(ascii: "|")).then(UInt8(ascii: "$")).bucket)
    let n = units.count
    buckets.append(bucket("len=" + (n <= 3 ? String(n) : n <= 6 ? "4-6" : "7+")))
    buckets.sort()
    var out: [Int] = []
    out.reserveCapacity(buckets.count)
    for b in buckets where out.last != b { out.append(b) }
    return out
  }

  /// FNV-1a fed piece by piece: the same hash as of the pieces joined.
  struct FeatureHash {
    var h: UInt32 = 2_166_136_261

    init(_ prefix: StaticString) {
      self = self.then(UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount))
    }

    func then(_ byte: UInt8) -> FeatureHash {
      var next = self
      next.h = (next.h ^ UInt32(byte)) &* 16_777_619
      return next
    }

    func then(_ bytes: some Sequence<UInt8>) -> FeatureHash {
      var next = self
      for b in bytes { next.h = (next.h ^ UInt32(b)) &* 16_777_619 }
      return next
    }

    func then(_ s: String) -> FeatureHash { then(s.utf8) }

    var bucket: Int { Int(h & UInt32(Featurizer.bucketCount - 1)) }
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
