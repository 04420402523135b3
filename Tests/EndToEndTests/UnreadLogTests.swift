import Foundation
import Testing

/// A log nobody reads must not stop the server (issue 24): with standard error a pipe that is
/// never drained, the server keeps answering and still stops promptly on SIGTERM; the line server
/// and the chat page's server alike (both log through ``LogBuffer``).
@Suite struct UnreadLogTests {
  @Test func aFullStandardErrorPipeDoesNotStopTheServer() throws {
    let server = try ServerProcess.start(readsErrors: false)
    defer { server.stop() }
    // Each connection logs a line of about 175 bytes when it closes: some 375 fill the 64 KiB a
    // pipe holds (then, without a bounded log, the event loops would block on standard error),
    // 128 more fill the server's buffer, and the rest are dropped and counted.
    for k in 0..<800 {
      let client = try LineClient(port: server.port, timeout: 10)
      try client.send("hi\n")
      let record = try client.readRecord()
      try #require(record["reply"] != nil, "connection \(k) was not answered")
    }
    try Self.freshConnectionIsServedAndTheServerStops(server) {
      let fresh = try LineClient(port: server.port, timeout: 10)
      try fresh.send("when is CSW 2027?\n")
      return try fresh.readRecord()
    }
  }

  @Test func aFullStandardErrorPipeDoesNotStopTheChatPage() throws {
    let server = try ServerProcess.start(["--http"], readsErrors: false)
    defer { server.stop() }
    // Each socket logs two lines (opened; closed, with its count of messages) of some 80 bytes:
    // about 400 sockets fill the pipe, and the rest of the 800 go to the buffer or are dropped.
    for k in 0..<800 {
      let ws = try WebSocketClient(port: server.port, timeout: 10)
      try ws.sendText("hi")
      try #require(try ws.readRecord()["reply"] != nil, "socket \(k) was not answered")
    }
    try Self.freshConnectionIsServedAndTheServerStops(server) {
      let ws = try WebSocketClient(port: server.port, timeout: 10)
      try ws.sendText("when is CSW 2027?")
      return try ws.readRecord()
    }
  }

  /// After the flood: a fresh connection is answered at once, the log says lines were dropped once
  /// standard error is read again, and SIGTERM stops the server promptly with status 0.
  static func freshConnectionIsServedAndTheServerStops(
    _ server: ServerProcess, ask: () throws -> [String: Any]
  ) throws {
    let start = Date()
    let dates = try ask()["dates"] as? [String: Any]
    #expect(dates?["start"] as? String == "2027-10-04")
    #expect(
      Date().timeIntervalSince(start) < 2, "a fresh connection waited \(Date().timeIntervalSince(start)) s")
    // The lines that did not fit were dropped and counted; once standard error is read, it says so.
    server.resumeReadingErrors()
    #expect(server.logShows("log lines dropped: standard error was not being read", timeout: 10))
    let stopping = Date()
    server.signal(SIGTERM)
    let status = server.waitForExit(timeout: 10)
    #expect(status == 0)
    #expect(Date().timeIntervalSince(stopping) < 5, "SIGTERM took \(Date().timeIntervalSince(stopping)) s")
  }
}
