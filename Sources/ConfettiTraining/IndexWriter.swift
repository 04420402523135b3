import ConfettiCore

/// Writes the built-in catalogue's search index as the Swift declarations
/// `Generated/GeneratedIndex.swift` holds and ``RelevanceIndex`` reads as stored (sorted terms,
/// postings in flat arrays), so the assistant starts without tokenizing and stemming every idea
/// or filling a hash table.
///
/// ```swift
/// let index = RelevanceIndex(ideas: ideas, kindWords: kindWords)
/// let swift = IndexWriter.declarations(of: index)  // "  static let ids: [String] = [\"cookout\", …"
/// ```
public enum IndexWriter {
  /// The members of `enum GeneratedIndex`: `ids`, `terms` (one a line, in byte order),
  /// `postingStarts`, `postingIdeas`, `postingFrequencies` and `phrases`, as the arguments of
  /// ``RelevanceIndex/init(ids:terms:postingStarts:postingIdeas:postingFrequencies:phrases:extendsWords:)``.
  public static func declarations(of index: RelevanceIndex) -> String {
    var s = "  /// The indexed ideas' ids, in catalogue order.\n"
    s += "  static let ids: [String] = [\n" + wrapped(index.ids.map { String(reflecting: $0) }) + "\n  ]\n\n"
    // A multi-line literal drops the line break before its closing quotes: the blank last line
    // keeps the newline that ends the last term.
    s += "  /// The indexed terms in byte order, each ending a line.\n"
    s += "  static let terms = #\"\"\"\n" + String(decoding: index.terms, as: UTF8.self) + "\n\"\"\"#\n\n"
    s += "  /// Where each term's postings start (and one more entry for the end).\n"
    s +=
      "  static let postingStarts: [Int32] = [\n" + wrapped(index.postingStarts.map(String.init))
      + "\n  ]\n\n"
    s += "  /// Each posting's idea, by position in `ids`.\n"
    s +=
      "  static let postingIdeas: [Int32] = [\n" + wrapped(index.postingIdeas.map(String.init)) + "\n  ]\n\n"
    s += "  /// Each posting's weighted term frequency.\n"
    s += "  static let postingFrequencies: [Double] = [\n"
    s += wrapped(index.postingFrequencies.map(number)) + "\n  ]\n\n"
    s += "  /// Each idea's phrases (name and aliases of two or more words) as their distinct terms.\n"
    s += "  static let phrases: [[[String]]] = [\n"
    for p in index.phrases {
      s +=
        "    ["
        + p.map { "[" + $0.map { String(reflecting: $0) }.joined(separator: ", ") + "]" }
        .joined(separator: ", ") + "],\n"
    }
    return s + "  ]\n"
  }

  /// The kind words of `data` by kind, as the runtime's ``RelevanceIndex/builtinKindWords`` reads them.
  public static func kindWords(_ data: TrainingData) -> [Kind: [String]] {
    RelevanceIndex.kindWords(from: data.synonyms.lazy.map { ($0.slot.rawValue, $0.value, $0.phrase) })
  }

  /// Items separated by commas, in lines of at most about 100 characters, indented.
  static func wrapped(_ items: [String]) -> String {
    var lines: [String] = []
    var current = ""
    for item in items {
      if !current.isEmpty && current.utf8.count + item.utf8.count + 2 > 96 {
        lines.append(current)
        current = ""
      }
      current += (current.isEmpty ? "" : " ") + item + ","
    }
    if !current.isEmpty { lines.append(current) }
    return lines.map { "    " + $0 }.joined(separator: "\n")
  }

  /// A frequency without a needless ".0" ("3", "1.5").
  static func number(_ v: Double) -> String {
    v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
  }
}
