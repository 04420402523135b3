/// A plan to be saved, asked for by "export the plan to plan.md": what the front end
/// should write and where. The core does no I/O; the REPL and pipe mode write the file,
/// a server could hand the Markdown back instead.
///
/// ```swift
/// var chat = Conversation(catalogue: .builtin, today: CivilDate(year: 2026, month: 11, day: 23))
/// _ = chat.respond(to: "plan the week for 40 people with $2000")
/// let request = chat.respond(to: "export it to \"quarterly plan.md\", overwrite").export
/// request?.path       // "quarterly plan.md"
/// request?.overwrite  // true
/// ```
public struct ExportRequest: Sendable, Equatable {
  /// The file name, checked by ``ExportName`` (an extension Confetti writes; no `..`). A
  /// `~/…` or absolute path is for the front end to check against the folders the person owns.
  public var path: String
  /// True when an existing file may be replaced ("overwrite", "replace").
  public var overwrite: Bool
  /// The plan as a Markdown document.
  public var markdown: String
  /// The week the plan covers, for the reply ("Oct 5–9").
  public var span: String

  public init(path: String, overwrite: Bool, markdown: String, span: String) {
    self.path = path
    self.overwrite = overwrite
    self.markdown = markdown
    self.span = span
  }
}
