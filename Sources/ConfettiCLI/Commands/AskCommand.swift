import ArgumentParser
import ConfettiCore
import ConfettiSession

/// Answer one question and exit.
struct AskCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ask",
    abstract: "Answer one question and exit.",
    usage: "confetti ask [--json] [--catalogue <file> ...] [--today <date>]\n  <words> ...",
    discussion: "Example: confetti ask 'ideas for 12 people under $300'"
  )

  @OptionGroup var options: CommonOptions

  @Argument(help: "The question, as words.")
  var words: [String]

  func validate() throws {
    if words.joined().allSatisfy(\.isWhitespace) {
      throw ValidationError("Ask a question, e.g. 'confetti ask when is CSW 2027'.")
    }
  }

  func run() throws {
    var session = try Session(options: options)
    let line = words.joined(separator: " ")
    let bytes = Array(line.utf8)
    let answer = session.answer(.bytes(bytes))
    try OutputChannel.standardOutput.write(answer.text + "\n")
    // A question that cannot be read (control characters, invalid UTF-8) is a usage error.
    if answer.unreadable { throw ExitCode(CLIError.usage("").exitCode) }
  }
}
