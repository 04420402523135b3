/// The text of an answer, line by line, each with a role so a renderer can
/// style it (a terminal may bold headings) while scripts get plain text.
///
/// ```swift
/// var r = Reply()
/// r.heading("3 ideas for 12 people:")
/// r.item("1. Cookout")
/// r.plainText  // "3 ideas for 12 people:\n1. Cookout"
/// ```
public struct Reply: Sendable, Equatable {
  public enum Role: Sendable, Equatable {
    case heading
    case item
    case detail
    case note
    case plain
  }

  public struct Line: Sendable, Equatable {
    public var role: Role
    public var text: String
  }

  public var lines: [Line] = []

  public init() {}

  public init(_ text: String) { plain(text) }

  public mutating func heading(_ text: String) { lines.append(Line(role: .heading, text: text)) }
  public mutating func item(_ text: String) { lines.append(Line(role: .item, text: text)) }
  public mutating func detail(_ text: String) { lines.append(Line(role: .detail, text: text)) }
  public mutating func note(_ text: String) { lines.append(Line(role: .note, text: text)) }
  public mutating func plain(_ text: String) { lines.append(Line(role: .plain, text: text)) }

  public var plainText: String { lines.map(\.text).joined(separator: "\n") }
}
