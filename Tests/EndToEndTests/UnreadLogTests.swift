import Foundation
import Testing

/// A log nobody reads must not stop the server (issue 24): with standard error a pipe that is
/// never drained, the server keeps answering and still stops promptly on SIGTERM.
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
    let start = Date()
    let fresh = try LineClient(port: server.port, timeout: 10)
    try fresh.send("when is CSW 2027?\n")
    let dates = try fresh.readRecord()["dates"] as? [String: Any]
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
