import ConfettiCore

/// One question of a relevance file: the text, what it asks for (an idea by id, or kinds),
/// and the ideas that would satisfy the person asking.
///
/// ```swift
/// let row = RelevanceRow(text: "a bbq for 30 of us", idea: "cookout", relevant: ["cookout"])
/// ```
public struct RelevanceRow: Sendable, Equatable {
  public var text: String
  /// The idea the question names, if it names one.
  public var idea: String?
  /// The kinds of idea the question asks for, if it asks for kinds.
  public var kinds: [Kind]
  /// Ids of the ideas that would satisfy the person.
  public var relevant: Set<String>
  /// The line of the file the row came from.
  public var line: Int?

  public init(text: String, idea: String? = nil, kinds: [Kind] = [], relevant: Set<String>, line: Int? = nil)
  {
    self.text = text
    self.idea = idea
    self.kinds = kinds
    self.relevant = relevant
    self.line = line
  }
}
