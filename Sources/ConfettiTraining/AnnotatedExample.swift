import ConfettiCore

/// A training sentence with its slot annotations, parsed from Rasa's
/// `[text](slot)` markup.
///
/// ```swift
/// let ex = try AnnotatedExample(markup: "ideas for [12](team_size) people", file: "f.yml", line: 3)
/// ex.text                    // "ideas for 12 people"
/// ex.annotations[0].slot     // .teamSize
/// ex.annotations[0].start    // 10
/// ```
public struct AnnotatedExample: Sendable, Equatable {
  /// One `[text](slot)` annotation.
  public struct Annotation: Sendable, Equatable {
    public var slot: SlotName
    public var text: String
    /// Character offsets in ``AnnotatedExample/text``.
    public var start: Int
    public var end: Int
  }

  public var text: String
  public var annotations: [Annotation]
  public var file: String
  public var line: Int

  public init(markup: String, file: String, line: Int) throws(DataFileError) {
    var text = ""
    var count = 0
    var annotations: [Annotation] = []
    let chars = Array(markup)
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c == "[", let close = chars[i...].firstIndex(of: "]"), close + 1 < chars.count,
        chars[close + 1] == "(",
        let end = chars[(close + 1)...].firstIndex(of: ")")
      {
        let inner = String(chars[(i + 1)..<close])
        let slotName = String(chars[(close + 2)..<end])
        guard let slot = SlotName(rawValue: slotName) else {
          throw DataFileError(
            file: file, line: line,
            message:
              "unknown slot '\(slotName)' (known: \(SlotName.allCases.map(\.rawValue).joined(separator: ", ")))"
          )
        }
        guard !inner.isEmpty else { throw DataFileError(file: file, line: line, message: "empty annotation") }
        annotations.append(Annotation(slot: slot, text: inner, start: count, end: count + inner.count))
        text += inner
        count += inner.count
        i = end + 1
      } else {
        if c == "[" || c == "]" {
          throw DataFileError(file: file, line: line, message: "unbalanced '[' or ']' in an example")
        }
        text.append(c)
        count += 1
        i += 1
      }
    }
    self.text = text
    self.annotations = annotations
    self.file = file
    self.line = line
  }
}
