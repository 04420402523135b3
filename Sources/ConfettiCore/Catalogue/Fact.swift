/// A fact about Customer Service Week, with the seed it comes from.
public struct Fact: Sendable, Equatable {
  public var id: String
  public var text: String
  public var source: String

  public init(id: String, text: String, source: String) {
    self.id = id
    self.text = text
    self.source = source
  }
}
