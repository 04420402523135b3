import ArgumentParser
import ConfettiCore

/// Measure the intent matcher on annotated rows (placeholder).
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "eval", abstract: "Evaluate the intent matcher on a JSONL file.")

  @Argument var file: String

  func run() throws {}
}
