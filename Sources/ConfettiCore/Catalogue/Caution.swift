/// A warning that travels with an idea, with the seed it comes from.
public struct Caution: Sendable, Equatable {
  public var text: String
  public var source: String

  public init(text: String, source: String) {
    self.text = text
    self.source = source
  }
}
