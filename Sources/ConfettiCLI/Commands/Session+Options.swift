import ConfettiCore
import ConfettiSession

extension Session {
  /// A session for a command's options: its catalogues, today and output format.
  init(options: CommonOptions) throws(CLIError) {
    self.init(
      catalogue: try Session.catalogue(with: options.catalogue), today: try Today.resolve(options.today),
      json: options.json, style: .detect())
  }

  /// Writes one rendered answer and a newline to standard output.
  func write(_ answer: Answer) throws(OutputChannel.Closed) {
    try OutputChannel.standardOutput.write(render(answer).text + "\n")
  }
}
