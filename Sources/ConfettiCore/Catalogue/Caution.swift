/// A warning that travels with an idea, with the document it comes from.
public struct Caution: Sendable, Equatable {
  public var text: String
  public var source: Source

  public init(text: String, source: Source) {
    self.text = text
    self.source = source
  }
}
