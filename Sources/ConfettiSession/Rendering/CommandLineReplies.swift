import ConfettiCore

/// The sentences only the command line says: what happened to a file it wrote. The
/// conversation's own replies come from the core's composer.
enum CommandLineReplies {
  static func exported(_ outcome: ExportWriter.Outcome, _ request: ExportRequest) -> Reply {
    func quoted(_ p: String) -> String { p.contains(" ") ? "\"\(p)\"" : p }
    switch outcome {
    case .written(let p):
      return Reply("Saved the plan for \(request.span) to \(quoted(p)).")
    case .exists(let p):
      return Reply(
        "\(quoted(p)) already exists, so I left it alone. Say \"export the plan to \(quoted(request.path)), "
          + "overwrite\" to replace it, or pick another name.")
    case .notYours(let p, let folder):
      return Reply(
        "I only save plans in the current folder or in a folder of yours in your home folder, and \(folder) "
          + "is neither, so I didn't write \(quoted(p)). Try \"export the plan to plan.md\".")
    case .failed(let p, let reason):
      return Reply("Couldn't write \(quoted(p)): \(reason).")
    }
  }
}
