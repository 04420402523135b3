/// A plan to be saved, asked for by "export the plan to plan.md": what the front end
/// should write and where. The core does no I/O; the REPL and pipe mode write the file,
/// a server hands the file's text back instead.
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
  /// Markdown, or an iCalendar file (RFC 5545), as the name's extension says.
  public var format: ExportFormat
  /// The plan in that format: the file's whole text.
  public var contents: String
  /// The week the plan covers, for the reply ("Oct 5–9").
  public var span: String

  public init(path: String, overwrite: Bool, format: ExportFormat = .markdown, contents: String, span: String)
  {
    self.path = path
    self.overwrite = overwrite
    self.format = format
    self.contents = contents
    self.span = span
  }
}
