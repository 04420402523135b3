import ConfettiCore

/// One annotated conversation of a dialogue file: the lines in order, each with the intent it
/// should get and the whole dialogue state expected after it.
///
/// ```swift
/// let row = DialogueRow(id: "d1", turns: [
///   .init(user: "ideas for 12 people", intent: .suggestIdeas, state: [.teamSize: .int(12)]),
///   .init(user: "skip the cookout", intent: .refine,
///         state: [.teamSize: .int(12), .withoutIdeas: .list(["cookout"])]),
/// ])
/// ```
public struct DialogueRow: Sendable, Equatable {
  public struct Turn: Sendable, Equatable {
    public var user: String
    public var intent: Intent
    /// Every constraint expected in force after the turn, and nothing else.
    public var state: [SlotName: Entity.Value]

    public init(user: String, intent: Intent, state: [SlotName: Entity.Value]) {
      self.user = user
      self.intent = intent
      self.state = state
    }
  }

  public var id: String
  public var turns: [Turn]
  /// The line of the file the dialogue came from, when it came from a file.
  public var line: Int?

  public init(id: String, turns: [Turn], line: Int? = nil) {
    self.id = id
    self.turns = turns
    self.line = line
  }
}
