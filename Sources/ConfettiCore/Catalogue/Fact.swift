/// A fact about Customer Service Week, with the document it comes from.
public struct Fact: Sendable, Equatable {
  public var id: String
  public var text: String
  public var source: Source
  public var topic: FactTopic
  /// The year the fact is about (a theme's or a week's year), when it is about one.
  public var year: Int?

  public init(id: String, text: String, source: Source, topic: FactTopic, year: Int? = nil) {
    self.id = id
    self.text = text
    self.source = source
    self.topic = topic
    self.year = year
  }
}
