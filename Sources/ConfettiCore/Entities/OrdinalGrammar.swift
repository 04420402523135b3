/// Finds a reference to a shown item: "the second one", "#2", "number 3", "the 4th".
enum OrdinalGrammar {
  static let range = 1...50

  static func apply(_ scan: inout EntityScan) {
    var i = 0
    while i < scan.tokens.count {
      defer { i += 1 }
      guard scan.isFree(i..<(i + 1)) else { continue }
      let t = scan.tokens[i]
      if let v = WordLists.ordinalWords[t.text] {
        scan.add(.ordinal, .int(v), valueTokens: i..<(i + 1))
        continue
      }
      guard t.kind == .number, let v = Int(t.text), range.contains(v) else { continue }
      if let next = scan.text(i + 1), scan.tokens[i + 1].isJoined, ["st", "nd", "rd", "th"].contains(next) {
        scan.add(.ordinal, .int(v), valueTokens: i..<(i + 2))
        i += 1
        continue
      }
      if i > 0, scan.tokens[i - 1].text == "#", scan.isFree((i - 1)..<i) {
        scan.add(.ordinal, .int(v), valueTokens: i..<(i + 1), claim: (i - 1)..<(i + 1))
        continue
      }
      if i > 0, WordLists.ordinalCues.contains(scan.tokens[i - 1].text), scan.isFree((i - 1)..<i) {
        scan.add(.ordinal, .int(v), valueTokens: i..<(i + 1))
      }
    }
  }
}
