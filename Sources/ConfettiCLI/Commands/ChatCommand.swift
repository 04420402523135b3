import ArgumentParser
import ConfettiCore

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
    let catalogue = try Session.catalogue(with: options.catalogue)
    let today = try Today.resolve(options.today)
    if isatty(0) == 1 && !options.json {
      let session = Session(catalogue: catalogue, today: today, json: false, style: .detect())
      try REPL(session: session).run()
    } else {
      let session = Session(catalogue: catalogue, today: today, json: options.json, style: .detect())
      var pipe = PipeSession(session: session)
      try pipe.run()
    }
  }
}
