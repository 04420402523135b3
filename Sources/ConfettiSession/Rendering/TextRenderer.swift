import ConfettiCore

/// Renders an answer as text for a person.
public struct TextRenderer: Sendable {
  public var style: TerminalStyle

  public init(style: TerminalStyle) { self.style = style }

  public func render(_ answer: Answer) -> String {
    switch answer.content {
    case .problem:
      return answer.reply.lines.map { style.error($0.text) }.joined(separator: "\n")
    case .ideas, .details, .plan, .dates, .sources, .export, .smallTalk, .clarify:
      return render(answer.reply)
    }
  }

  public func render(_ reply: Reply) -> String {
    reply.lines.map { line in
      TextRenderer.wrap(line.text, width: style.width).map { style.paint($0, line.role) }.joined(
        separator: "\n")
    }.joined(separator: "\n")
  }

  /// Splits a long line at spaces to fit `width`, continuing under the line's text
  /// ("1. ", "   • " and the like are hung).
  ///
  /// ```swift
  /// TextRenderer.wrap("   • one two three", width: 12)  // ["   • one two", "     three"]
  /// ```
  public static func wrap(_ text: String, width: Int?) -> [String] {
    guard let width, text.count > width else { return [text] }
    let chars = Array(text)
    var indent = chars.prefix { $0 == " " }.count
    let rest = chars[indent...]
    if let first = rest.first, "•!".contains(first), rest.dropFirst().first == " " {
      indent += 2
    } else if let dot = rest.firstIndex(of: "."), dot - indent <= 3,
      rest[indent..<dot].allSatisfy(\.isNumber),
      dot + 1 < chars.count, chars[dot + 1] == " "
    {
      indent = dot + 2
    }
    guard indent < width / 2 else { return [text] }
    let leading = String(repeating: " ", count: chars.prefix { $0 == " " }.count)
    let words = String(rest).split(separator: " ").map(String.init)
    var lines: [String] = []
    var current = leading
    for word in words {
      let atStart = current.allSatisfy { $0 == " " }
      if atStart || current.count + 1 + word.count <= width {
        current += (atStart ? "" : " ") + word
      } else {
        lines.append(current)
        current = String(repeating: " ", count: indent) + word
      }
    }
    lines.append(current)
    return lines
  }
}
