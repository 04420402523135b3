import Foundation
import Testing

/// `confetti serve` through real loopback sockets: the protocol, limits, security and shutdown.
@Suite(.serialized) struct ServeTests {
  @Test func eachLineGetsThePipeModeRecordInOrder() throws {
    let server = try ServerProcess.start()
    defer { server.stop() }
    let lines = ["ideas for 12 people under $300", "what about remote?", "#2", "when is CSW 2027?"]
    let piped = try ConfettiProcess.run(["--json"], input: lines.joined(separator: "\n") + "\n")
    let client = try LineClient(port: server.port)
    // Pipelined: everything sent before anything is read; the last line has no newline.
    try client.send(lines.joined(separator: "\n"))
    client.finishSending()
    let answered = try client.readAll()
    #expect(answered == piped.lines)
    #expect(answered.count == 4)
  }

  @Test func twoHundredConnectionsEachKeepTheirOwnConversation() throws {
    let server = try ServerProcess.start(["--max-connections", "256"])
    defer { server.stop() }
    let clients = try (0..<200).map { _ in try LineClient(port: server.port) }
    for (i, c) in clients.enumerated() { try c.send("ideas for \(i + 2) people under $\(100 + i * 10)\n") }
    for (i, c) in clients.enumerated() {
      let r = try c.readRecord()
      #expect(r.context["team_size"] as? Int == i + 2)
    }
    for (i, c) in clients.enumerated() {
      try c.send(i.isMultiple(of: 2) ? "what about remote?\n" : "in person\n")
    }
    for (i, c) in clients.enumerated() {
      let r = try c.readRecord()
      #expect(r.context["team_size"] as? Int == i + 2, "connection \(i)")
      #expect(
        r.context["format"] as? String == (i.isMultiple(of: 2) ? "remote" : "in_person"), "connection \(i)")
      let budget = (r.context["budget"] as? [String: Any])?["amount"] as? Double
      #expect(budget == Double(100 + i * 10), "connection \(i)")
    }
    for c in clients { try c.send("start over\n") }
    for c in clients { #expect(try c.readRecord().context.isEmpty) }
  }

  @Test func badBytesGetErrorRecordsAndTheConnectionGoesOn() throws {
    let server = try ServerProcess.start()
    defer { server.stop() }
    let client = try LineClient(port: server.port)
    var input = Data("hello\n".utf8)
    input.append(Data([0xC3, 0x28, 0x0A]))  // invalid UTF-8
    input.append(Data([0x61, 0x00, 0x62, 0x0A]))  // NUL
    input.append(Data("\u{1B}[31mred\u{1B}[0m ideas\n".utf8))  // ANSI escape
    input.append(Data("\n".utf8))  // empty
    input.append(Data(repeating: 0x61, count: (1 << 20) + 10))  // over 1 MiB
    input.append(Data("\nwhen is CSW 2027?\r\n".utf8))
    try client.send(input)
    let codes = try (0..<7).map { _ in try client.readRecord().errorCode ?? "ok" }
    #expect(
      codes == ["ok", "invalid_utf8", "nul_byte", "control_characters", "empty_input", "line_too_long", "ok"])
    // The over-long line was dropped as it came: the server did not keep a megabyte per line.
    try client.send(Data(repeating: 0x62, count: 8 << 20) + Data("\nthanks\n".utf8))
    #expect(try client.readRecord().errorCode == "line_too_long")
    #expect(try client.readRecord().errorCode == nil)
    #expect(server.residentKiB < 96 * 1024, "server resident \(server.residentKiB) KiB")
  }

  @Test func overMaxConnectionsGetsOneBusyRecordAndAClose() throws {
    let server = try ServerProcess.start(["--max-connections", "2"])
    defer { server.stop() }
    let a = try LineClient(port: server.port)
    let b = try LineClient(port: server.port)
    for c in [a, b] {
      try c.send("hi\n")
      #expect(try c.readRecord()["reply"] != nil)
    }
    let third = try LineClient(port: server.port)
    let lines = try third.readAll()
    #expect(lines.count == 1)
    let busy = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
    #expect(busy?.errorCode == "busy")
    // A place frees up when a conversation ends.
    a.finishSending()
    _ = try a.readAll()
    var admitted = false
    for _ in 0..<100 where !admitted {
      let next = try LineClient(port: server.port)
      try next.send("hi\n")
      admitted = try next.readRecord().errorCode != "busy"
      if !admitted { usleep(20_000) }
    }
    #expect(admitted)
  }

  @Test func idleConnectionsCloseAfterTheTimeout() throws {
    let server = try ServerProcess.start(["--idle-timeout", "1"])
    defer { server.stop() }
    let client = try LineClient(port: server.port)
    try client.send("hi\n")
    _ = try client.readRecord()
    let start = Date()
    #expect(try client.readLine() == nil)
    let waited = Date().timeIntervalSince(start)
    #expect(waited > 0.5 && waited < 10, "closed after \(waited) s")
    #expect(server.logShows("reason=idle timeout"))
  }

  @Test func aClientThatNeverReadsCannotMakeTheServerBufferWithoutBound() throws {
    let server = try ServerProcess.start()
    defer { server.stop() }
    let greedy = try LineClient(port: server.port)
    let question = Array("ideas for 12 people under $300\n".utf8)
    let batch = Array(repeating: question, count: 2048).flatMap { $0 }
    var sent = 0
    var stalled = false
    let deadline = Date().addingTimeInterval(30)
    while sent < 256 << 20 && Date() < deadline {
      let n = greedy.sendSome(batch)
      sent += n
      if n == 0 {
        // Full: the server stopped reading. Make sure it stays stopped.
        usleep(200_000)
        if greedy.sendSome(question) == 0 {
          stalled = true
          break
        }
      }
    }
    #expect(stalled, "sent \(sent) bytes without back-pressure")
    // Each question's answer is ~50 times its size; unbounded buffering would take gigabytes.
    #expect(server.residentKiB < 128 * 1024, "server resident \(server.residentKiB) KiB after \(sent) bytes")
    let other = try LineClient(port: server.port, timeout: 5)
    try other.send("when is CSW 2027?\n")
    #expect(try other.readRecord()["dates"] != nil)
  }

  @Test func exportReturnsMarkdownAndWritesNothing() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("confetti-serve-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let server = try ServerProcess.start(directory: folder)
    defer { server.stop() }
    let client = try LineClient(port: server.port)
    try client.send("plan the week for 20 people with $1500\n")
    #expect(try client.readRecord()["plan"] != nil)
    for (line, name) in [
      ("export the plan to x.md", "x.md"), ("export the plan to notes", "notes.md"),
      ("export the plan to /tmp/abs.md, overwrite", "abs.md"),
    ] {
      try client.send(line + "\n")
      let r = try client.readRecord()
      let export = r["export"] as? [String: Any]
      #expect(export?["filename"] as? String == name, "\(line)")
      let markdown = export?["markdown"] as? String ?? ""
      #expect(markdown.hasPrefix("# ") && markdown.contains("Friday"), "\(line)")
      #expect(r["exported"] == nil)
      let reply = r["reply"] as? String ?? ""
      #expect(reply.contains("saves no files") && !reply.contains(folder.path) && !reply.contains("/tmp"))
    }
    // A name the other modes refuse is refused here too, with a reason and no Markdown.
    try client.send("export the plan to ../../escape.md\n")
    let refused = try client.readRecord()
    #expect(refused["export"] == nil && (refused["reply"] as? String)?.isEmpty == false)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    #expect(!FileManager.default.fileExists(atPath: "/tmp/abs.md"))
  }

  @Test func sigtermAnswersLinesInFlightThenExitsZero() throws {
    let server = try ServerProcess.start()
    let client = try LineClient(port: server.port)
    let count = 400
    let lines = (0..<count).map { "ideas for \($0 % 50 + 2) people under $\($0 * 3 + 50)\n" }
    try client.send(lines.joined())
    _ = try client.readRecord()
    server.signal(SIGTERM)
    let rest = try client.readAll()  // throws on a partial record
    #expect(rest.count == count - 1)
    for line in rest {
      #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil)
    }
    #expect(server.waitForExit() == 0)
    #expect(server.logShows("connection closed"))
    #expect(server.errorText.contains("lines=\(count)"))
    #expect(throws: (any Error).self) { try LineClient(port: server.port) }
  }

  @Test func unixSocket() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("confetti-\(getpid()).sock").path
    let server = try ServerProcess.start(unixSocket: path)
    let client = try LineClient(unixPath: path)
    try client.send("when is CSW 2027?\n")
    #expect(try client.readRecord()["dates"] != nil)
    server.signal(SIGINT)
    #expect(server.waitForExit() == 0)
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test func usageErrorsExit64() throws {
    let r = try ConfettiProcess.run(["serve", "--port", "70000"], input: "")
    #expect(r.status == 64)
    #expect(r.errorText.contains("port"))
    let help = try ConfettiProcess.run(["serve", "--help"], input: "")
    #expect(help.status == 0)
    #expect(help.text.contains("--max-connections"))
  }
}
