import ConfettiCore

/// The line protocol: read a line, answer it, flush; repeat to end of input.
///
/// No banner and no prompt. Plain-text answers end with one blank line; with
/// `--json` every input line gets exactly one JSON object on one line. Bad
/// lines (invalid UTF-8, NUL bytes, control characters, over 1 MiB) get an
/// error answer and the next line is answered as usual. SIGINT/SIGTERM stop
/// between answers (exit 130/143); a closed output ends quietly.
public struct PipeSession {
  var session: Session

  public init(session: Session) { self.session = session }

  public mutating func run(input fd: Int32 = 0, output: OutputChannel = .standardOutput) throws {
    SignalState.recordTermination()
    var reader = LineReader(fd: fd, limit: InputProblem.maxLineBytes) { SignalState.received != nil }
    // One buffer for every JSON record, reused; text answers go out as strings.
    var record: [UInt8] = []
    record.reserveCapacity(1 << 14)
    do {
      while let line = try reader.next() {
        if session.json {
          record.removeAll(keepingCapacity: true)
          session.answerJSON(line, into: &record)
          try output.write(record)
        } else {
          try output.write(session.answer(line).text + "\n\n")
        }
        if SignalState.received != nil { break }
      }
    } catch is LineReader.Interrupted {}
    if let sig = SignalState.received {
      throw ExitBySignal(signal: sig)
    }
  }
}

/// Ends the process with status 128 + signal.
public struct ExitBySignal: Error {
  public var signal: Int32
}
