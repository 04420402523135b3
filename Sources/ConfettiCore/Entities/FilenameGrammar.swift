/// Finds a file name to export to: "plan.md", "~/Desktop/csw-plan.md", "notes.txt".
///
/// Works on the raw text, since a path's punctuation would be lost in tokens.
enum FilenameGrammar {
  static let extensions = [".md", ".markdown", ".txt"]

  static func apply(_ scan: inout EntityScan, text: String) {
    guard text.utf8.contains(UInt8(ascii: ".")) else { return }
    let chars = Array(text)
    var i = 0
    while i < chars.count {
      if chars[i].isWhitespace {
        i += 1
        continue
      }
      let start = i
      while i < chars.count && !chars[i].isWhitespace { i += 1 }
      var end = i
      while end > start, ".,;:!?)\"'`".contains(chars[end - 1]) { end -= 1 }
      var s = start
      while s < end, "(\"'`".contains(chars[s]) { s += 1 }
      guard s < end else { continue }
      let word = String(chars[s..<end])
      let lower = word.lowercased()
      guard let ext = extensions.first(where: { lower.hasSuffix($0) }), word.count > ext.count else {
        continue
      }
      let covered = scan.tokens.indices.filter { scan.tokens[$0].start >= s && scan.tokens[$0].end <= end }
      guard let first = covered.first, let last = covered.last else { continue }
      for k in covered { scan.claimed[k] = true }
      scan.entities.append(
        Entity(slot: .filename, value: .text(word), start: s, end: end, tokens: first..<(last + 1)))
    }
  }
}
