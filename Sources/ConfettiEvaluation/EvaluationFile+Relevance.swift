import ConfettiCore
import ConfettiSession

extension EvaluationFile {
  static let relevanceKeys: Set<String> = ["text", "idea", "kinds", "relevant"]

  /// The rows of a relevance file; the first malformed line throws, naming `file:line`.
  public static func relevanceRows(fromJSONL text: String, file: String, catalogue: Catalogue)
    throws(DataFileError)
    -> [RelevanceRow]
  {
    try lines(ofJSONL: text, file: file) { (line: String, number: Int) throws(LineProblem) in
      try relevanceRow(fromJSON: line, line: number, catalogue: catalogue)
    }
  }

  static func relevanceRow(fromJSON line: String, line number: Int, catalogue: Catalogue) throws(LineProblem)
    -> RelevanceRow
  {
    let fields = try object(fromJSON: line, expected: "a JSON object")
    if let unknown = fields.keys.filter({ !relevanceKeys.contains($0) }).sorted().first {
      throw LineProblem("unknown field '\(unknown)' (expected text, idea, kinds, relevant)")
    }
    guard case .string(let text)? = fields["text"], !text.allSatisfy(\.isWhitespace) else {
      throw LineProblem("text must be a non-empty string")
    }
    func ids(_ raw: RawJSON?, _ key: String) throws(LineProblem) -> [String] {
      guard case .array(let items)? = raw, !items.isEmpty else {
        throw LineProblem("\(key) must be a non-empty list of strings")
      }
      var out: [String] = []
      for item in items {
        guard case .string(let s) = item else { throw LineProblem("\(key) must be a list of strings") }
        out.append(s)
      }
      return out
    }
    let relevant = try ids(fields["relevant"], "relevant")
    for id in relevant where catalogue.idea(id: id) == nil {
      throw LineProblem("relevant: unknown idea '\(id)'")
    }
    var idea: String?
    if let raw = fields["idea"] {
      guard case .string(let id) = raw, catalogue.idea(id: id) != nil else {
        throw LineProblem("idea: unknown idea \(raw.shown)")
      }
      idea = catalogue.canonicalID(id)
    }
    var kinds: [Kind] = []
    if fields["kinds"] != nil {
      for k in try ids(fields["kinds"], "kinds") {
        guard let kind = Kind(rawValue: k) else { throw LineProblem("kinds: '\(k)' is not a kind") }
        kinds.append(kind)
      }
    }
    guard (idea == nil) != kinds.isEmpty else { throw LineProblem("give exactly one of idea or kinds") }
    // An idea merged into another is that idea now.
    return RelevanceRow(
      text: text, idea: idea, kinds: kinds, relevant: Set(relevant.map(catalogue.canonicalID)), line: number)
  }
}
