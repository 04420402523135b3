import ArgumentParser
import ConfettiCore
import ConfettiSession

#if canImport(Glibc)
  import Glibc
#endif

/// Talk to Confetti: an interactive session on a terminal, the line protocol on a pipe.
struct ChatCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chat",
    abstract: "Talk to Confetti (the default): interactive on a terminal, one answer per line on a pipe."
  )

  @OptionGroup var options: CommonOptions

  func run() throws {
    try Self.start(json: options.json, cataloguePaths: options.catalogue, today: options.today)
  }

  /// Starts the REPL or pipe mode; also the start-up fast path for `confetti` and `confetti --json`.
  static func start(json: Bool, cataloguePaths: [String], today todayOption: String?) throws {
    let catalogue = try Session.catalogue(with: cataloguePaths)
    let today = try Today.resolve(todayOption)
    if isatty(0) == 1 && !json {
      let session = Session(catalogue: catalogue, today: today, json: false, style: .detect())
      try REPL(session: session).run()
    } else {
      let session = Session(catalogue: catalogue, today: today, json: json, style: .detect())
      var pipe = PipeSession(session: session)
      try pipe.run()
    }
  }
}
