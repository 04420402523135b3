/// Finds the word that lets an export replace an existing file: "overwrite", "replace", "force".
///
/// The word is no value to take out of the sentence: it stays a word for the intent parsers
/// (``Featurizer`` keeps it), and only the export reads the slot.
enum OverwriteGrammar {
  static let words: Set<String> = ["overwrite", "overwriting", "replace", "replacing", "force"]

  static func apply(_ scan: inout EntityScan) {
    guard let i = scan.tokens.firstIndex(where: { words.contains($0.text) }) else { return }
    scan.entities.append(
      Entity(
        slot: .overwrite, value: .flag, start: scan.tokens[i].start, end: scan.tokens[i].end,
        tokens: i..<(i + 1)))
  }
}
