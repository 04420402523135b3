/// One named rule of the ``Policy``: given the dialogue state and a line's frame, the action to
/// take, or nil to let the next rule decide. The name is what `--json` reports as `"rule"`.
public struct Rule: Sendable {
  public let name: String
  let decide: @Sendable (DialogueState, Frame) -> Action?

  init(_ name: String, _ decide: @escaping @Sendable (DialogueState, Frame) -> Action?) {
    self.name = name
    self.decide = decide
  }
}
