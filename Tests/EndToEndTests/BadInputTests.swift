import Foundation
import Testing

/// The robustness battery: every bad line gets an error answer, every good line its answer, in order.
@Suite struct BadInputTests {
  static func line(_ s: String) -> Data { Data((s + "\n").utf8) }

  @Test func eachBadLineGetsAnErrorAndTheNextIsAnswered() throws {
    var input = Self.line("hello")
    input.append(Data([0xC3, 0x28, 0x0A]))  // invalid UTF-8
    input.append(Self.line("when is CSW 2027?"))
    input.append(Data([0x61, 0x00, 0x62, 0x0A]))  // NUL
    input.append(Self.line("\u{1B}[31mred\u{1B}[0m ideas"))  // ANSI
    input.append(Data(repeating: 0x61, count: (1 << 20) + 10))  // over 1 MiB
    input.append(0x0A)
    input.append(Self.line(""))
    input.append(Self.line("ideas for 6 people, $0"))
    let r = try ConfettiProcess.run(["--json"], input: input)
    #expect(r.status == 0)
    let objects = try r.jsonLines()
    try #require(objects.count == 8)
    func code(_ i: Int) -> String? { (objects[i]["error"] as? [String: Any])?["code"] as? String }
    #expect(code(0) == nil && code(2) == nil && code(7) == nil)
    #expect(code(1) == "invalid_utf8")
    #expect(code(3) == "nul_byte")
    #expect(code(4) == "control_characters")
    #expect(code(5) == "line_too_long")
    #expect(code(6) == "empty_input")
    #expect(objects[2]["dates"] != nil)
    #expect((objects[7]["ideas"] as? [Any])?.isEmpty == false)
    for i in [1, 3, 4, 5, 6] {
      #expect((objects[i]["error"] as? [String: Any])?["message"] as? String != nil)
    }
  }

  /// Every input the fuzzer found crashing (Fuzz/regressions/) now gets its answers.
  @Test(
    arguments: try FileManager.default.contentsOfDirectory(
      atPath: ConfettiProcess.packageRoot.appendingPathComponent("Fuzz/regressions").path
    ).sorted())
  func fuzzRegression(_ name: String) throws {
    let file = ConfettiProcess.packageRoot.appendingPathComponent("Fuzz/regressions").appendingPathComponent(
      name)
    let input = try Data(contentsOf: file)
    let r = try ConfettiProcess.run(["--json"], input: input)
    #expect(r.status == 0, "\(name): \(r.errorText)")
    #expect(!r.errorText.contains("Fatal error"))
    let expected =
      input.split(separator: 0x0A, omittingEmptySubsequences: false).count
      - (input.last == 0x0A ? 1 : 0)
    #expect(try r.jsonLines().count == expected)
  }

  @Test func escapesAreNeverEchoedRawInText() throws {
    let r = try ConfettiProcess.run([], input: "\u{1B}]0;pwned\u{07}\u{1B}[2J hello\n")
    #expect(!r.text.contains("\u{1B}"))
    #expect(r.text.contains("control characters"))
  }

  @Test func tenThousandEmptyLinesEachGetAnAnswer() throws {
    let r = try ConfettiProcess.run(["--json"], input: String(repeating: "\n", count: 10_000) + "hello\n")
    let lines = r.lines
    #expect(lines.count == 10_001)
    #expect(lines.last?.contains("\"greet\"") == true)
  }

  @Test func aHundredMegabyteLineKeepsMemoryBounded() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "confetti-big-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("in.txt")
    let output = dir.appendingPathComponent("out.jsonl")
    #expect(FileManager.default.createFile(atPath: input.path, contents: nil))
    let handle = try FileHandle(forWritingTo: input)
    let chunk = Data(repeating: 0x62, count: 1 << 20)
    for _ in 0..<100 { try handle.write(contentsOf: chunk) }
    try handle.write(contentsOf: Data("\nwhen is CSW 2027?\n".utf8))
    try handle.close()
    let small = dir.appendingPathComponent("small.txt")
    try "when is CSW 2027?\n".write(to: small, atomically: true, encoding: .utf8)
    let (_, baseline) = try ConfettiProcess.runMeasured(["--json"], stdin: small, stdout: output)
    let (status, peak) = try ConfettiProcess.runMeasured(["--json"], stdin: input, stdout: output)
    #expect(status == 0)
    let lines = try String(contentsOf: output, encoding: .utf8).split(separator: "\n")
    try #require(lines.count == 2)
    #expect(lines[0].contains("\"line_too_long\""))
    #expect(lines[1].contains("\"dates\""))
    // Bounded: the 100 MB line costs at most a few MiB over answering one short line.
    #expect(
      peak - baseline < 8 * 1024, "peak RSS \(peak) KiB on a 100 MB line vs \(baseline) KiB on a short one")
  }

  @Test func closedOutputPipeEndsQuietly() throws {
    let questions = String(repeating: "ideas for 12 people under $300\n", count: 2000)
    let r = try ConfettiProcess.run(
      [
        "-c", "\"$0\" --json | head -c 100 >/dev/null; echo \"status=${PIPESTATUS:-}\"",
        ConfettiProcess.binary.path,
      ],
      input: Data(questions.utf8), executable: URL(fileURLWithPath: "/bin/bash"))
    #expect(!r.errorText.contains("Fatal error"))
    #expect(!r.errorText.contains("Broken pipe"))
    let direct = try ConfettiProcess.run(
      ["-c", "\"$0\" --json | head -1 >/dev/null; exit ${PIPESTATUS[0]}", ConfettiProcess.binary.path],
      input: Data(questions.utf8), executable: URL(fileURLWithPath: "/bin/bash"))
    #expect(direct.status == 0, "exit status after EPIPE: \(direct.status) \(direct.errorText)")
    #expect(direct.errorText.isEmpty)
  }

  @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
  func signalsStopCleanlyWithoutAPartialRecord(_ signal: Int32, _ expected: Int32) throws {
    ConfettiProcess.ignoreSIGPIPE
    let process = Process()
    process.executableURL = ConfettiProcess.binary
    process.arguments = ["--json"]
    process.environment = ["CONFETTI_TODAY": "2026-11-23"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    try input.fileHandleForWriting.write(contentsOf: Data("hello\nwhen is CSW 2027?\n".utf8))
    var received = Data()
    while received.filter({ $0 == 0x0A }).count < 2 {
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      received.append(chunk)
    }
    kill(process.processIdentifier, signal)
    process.waitUntilExit()
    received.append(ConfettiProcess.readToEnd(output.fileHandleForReading.fileDescriptor))
    #expect(process.terminationStatus == expected)
    let lines = String(decoding: received, as: UTF8.self).split(separator: "\n")
    #expect(lines.count == 2)
    for l in lines { #expect((try? JSONSerialization.jsonObject(with: Data(l.utf8))) != nil) }
  }
}
