import ConfettiSession
import Dispatch
import Logging
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Log lines on their way to standard error, written by one background writer so that no event
/// loop ever waits on the log.
///
/// A reader that stops reading standard error (a pipe nobody drains) blocks the writer, not the
/// server: lines wait in a buffer of at most ``capacity`` and, when it is full, are dropped and
/// counted; once the writer gets through again it says how many were lost.
///
/// ```swift
/// LoggingSystem.bootstrap { StreamLogHandler(label: $0, stream: LogBuffer.shared.stream) }
/// ```
final class LogBuffer: Sendable {
  /// The buffer the server logs through: 128 lines (about 22 KiB) beyond what the pipe holds.
  static let shared = LogBuffer(capacity: 128)

  /// How many lines may wait for the writer.
  let capacity: Int
  private let output: @Sendable (String) -> Void
  private let state = Mutex(State())
  private let writer = DispatchQueue(label: "confetti.log")

  private struct State {
    var lines: [String] = []
    var dropped = 0
    /// True while the writer has lines in hand or queued.
    var writing = false
  }

  /// A buffer whose writer hands text to `output` (by default, standard error, blocking).
  init(
    capacity: Int,
    output: @escaping @Sendable (String) -> Void = { OutputChannel.standardError.writeQuietly($0) }
  ) {
    self.capacity = capacity
    self.output = output
  }

  /// A stream for `StreamLogHandler`: each line it writes goes into the buffer.
  var stream: Stream { Stream(buffer: self) }

  struct Stream: TextOutputStream, Sendable {
    let buffer: LogBuffer
    mutating func write(_ string: String) { buffer.append(string) }
  }

  /// Queues `line` for the writer without waiting; drops and counts it when the buffer is full.
  func append(_ line: String) {
    let wake = state.withLock { s -> Bool in
      guard s.lines.count < capacity else {
        s.dropped += 1
        return false
      }
      s.lines.append(line)
      guard !s.writing else { return false }
      s.writing = true
      return true
    }
    if wake { writer.async { self.drain() } }
  }

  /// Lines dropped since the writer last reported them.
  var dropped: Int { state.withLock { $0.dropped } }

  /// Waits up to `timeout` seconds for the writer to finish what is queued (before exiting); false
  /// when it is still blocked.
  @discardableResult
  func flush(timeout: Double) -> Bool {
    let deadline = DispatchTime.now() + timeout
    while state.withLock({ $0.writing }) {
      guard DispatchTime.now() < deadline else { return false }
      usleep(5000)
    }
    return true
  }

  /// Writes what is queued, then whatever came meanwhile, until nothing is left.
  private func drain() {
    while true {
      let (lines, dropped) = state.withLock { s -> ([String], Int) in
        let taken = (s.lines, s.dropped)
        s.lines = []
        s.dropped = 0
        if taken.0.isEmpty && taken.1 == 0 { s.writing = false }
        return taken
      }
      guard !lines.isEmpty || dropped > 0 else { return }
      var text = lines.joined()
      if dropped > 0 {
        text +=
          "confetti serve: \(dropped) log line\(dropped == 1 ? "" : "s") dropped: standard error was not being read\n"
      }
      output(text)
    }
  }
}
