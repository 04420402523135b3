import ConfettiCore

/// Renders an answer as text for a person.
public struct TextRenderer: Sendable {
  public var style: TerminalStyle

  public init(style: TerminalStyle) { self.style = style }

  public func render(_ answer: Answer) -> String {
    if answer.problem != nil {
      return answer.reply.lines.map { style.error($0.text) }.joined(separator: "\n")
    }
    return render(answer.reply)
  }

  public func render(_ reply: Reply) -> String {
    reply.lines.map { style.paint($0.text, $0.role) }.joined(separator: "\n")
  }
}
