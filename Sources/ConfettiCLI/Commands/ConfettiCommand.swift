import ArgumentParser
import ConfettiCore
import ConfettiSession

#if canImport(Glibc)
  import Glibc
#endif

/// The `confetti` command: chat (the default), `ask`, `ideas`, `plan` and `eval`.
public struct ConfettiCommand: ParsableCommand {
  /// The release, printed by `confetti --version`.
  public static let version = "1.0.0"

  public static let configuration = CommandConfiguration(
    commandName: "confetti",
    abstract: "Plan Customer Service Week and year-round appreciation for your service team.",
    // Paragraphs are single lines (joined with a trailing backslash) and list items are short,
    // so the help is wrapped once, by ArgumentParser, to the terminal's width.
    discussion: """
      Confetti answers plain questions with costed ideas that fit your team size, budget, \
      audience (employees, customers, both) and format (in person, remote, hybrid); plans the \
      whole week (Educate, Activate, Co-Create, Celebrate); explains any idea; and tells you the dates.

      MODES
      On a terminal, `confetti` starts an interactive session with line editing, history \
      (Up/Down, Ctrl-R), and Tab completion of commands and idea names. Ctrl-C clears the line; \
      Ctrl-D on an empty line, "bye" or "quit" ends it.

      With standard input from a pipe or file, it reads one question per line and answers each \
      at once (flushed): plain text answers end with a blank line; with --json, each input line \
      gets exactly one JSON object on one line. Constraints carry over from line to line.

      EXAMPLES
        confetti
        confetti ask when is CSW 2027
        printf 'ideas for 12 people\\nwhat about remote?\\n' | confetti --json
        confetti ideas --budget 300 --team-size 12 --format remote
        confetti plan --team-size 40 --budget 2000 --markdown > plan.md
        confetti eval Tests/Dev/nlu.jsonl
        confetti serve --port 7007

      FILES
      $XDG_STATE_HOME/confetti/history (default ~/.local/state/confetti/history): the \
      session history, mode 0600.
      ~/.editrc: libedit settings, honoured in the interactive session.

      ENVIRONMENT
      NO_COLOR: any non-empty value turns colour off (it is also off when output is not a terminal).
      CONFETTI_TODAY: a YYYY-MM-DD date to use as today.
      XDG_STATE_HOME: where history is kept.

      EXIT STATUS
      0 success, also when the reader of the output goes away.
      1 other failure.
      64 usage error, also a bad --today or CONFETTI_TODAY, or an `ask` question with control characters.
      65 bad data file: a catalogue or eval file that cannot be read or is invalid.
      130 / 143 interrupted by SIGINT / SIGTERM while reading a pipe.

      Cost figures are Confetti's own estimates in US dollars, not from its sources.
      """,
    version: version,
    subcommands: [
      ChatCommand.self, AskCommand.self, IdeasCommand.self, PlanCommand.self, EvalCommand.self,
      ServeCommand.self,
    ],
    defaultSubcommand: ChatCommand.self
  )

  public init() {}

  /// Runs the command line and exits, rendering every error in one place.
  public static func mainAndExit() -> Never {
    SignalState.ignoreSIGPIPE()
    do {
      // The line protocol's usual invocations skip argument parsing: it costs more at
      // start-up than answering a question. Anything else goes through ArgumentParser.
      let arguments = Array(CommandLine.arguments.dropFirst())
      if arguments.isEmpty || arguments == ["--json"] {
        try ChatCommand.start(json: !arguments.isEmpty, cataloguePaths: [], today: nil)
        exit(withError: nil)
      }
      var command = try parseAsRoot(arguments)
      try command.run()
      exit(withError: nil)
    } catch let error as CLIError {
      OutputChannel.standardError.writeQuietly(
        "confetti: " + TerminalStyle.detect(fd: 2).error(error.description) + "\n")
      Glibc.exit(error.exitCode)
    } catch let e as ExitBySignal {
      Glibc.exit(128 + e.signal)
    } catch is OutputChannel.Closed {
      Glibc.exit(0)
    } catch let error as DataFileError {
      OutputChannel.standardError.writeQuietly("confetti: \(error)\n")
      Glibc.exit(65)
    } catch {
      exit(withError: error)
    }
  }
}
