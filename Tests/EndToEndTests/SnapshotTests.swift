import Foundation
import Testing

/// What a person reads, snapshotted through the binary: the help at 80 columns, a conversation
/// in pipe mode, and the `ideas` and `plan` commands. A change to any sentence shows here.
@Suite struct SnapshotTests {
  static let environment = ["COLUMNS": "80", "NO_COLOR": "1", "CONFETTI_TODAY": "2026-11-23"]

  @Test(arguments: [[], ["ideas"], ["plan"], ["ask"], ["eval"]])
  func help(_ command: [String]) throws {
    let r = try ConfettiProcess.run(command + ["--help"], input: "", environment: Self.environment)
    #expect(r.status == 0)
    try Snapshot.check(r.text, named: "help" + command.map { "-" + $0 }.joined())
  }

  @Test func helpIsWrappedOnceToTheWidth() throws {
    for command in ["ideas", "plan", "ask", "eval", "chat", "serve"] {
      let r = try ConfettiProcess.run([command, "--help"], input: "", environment: ["COLUMNS": "80"])
      let long = r.text.split(separator: "\n").filter { $0.count > 80 }.map(String.init)
      #expect(long.isEmpty, "\(command): \(long)")
    }
    for width in [60, 80, 120] {
      let r = try ConfettiProcess.run(["--help"], input: "", environment: ["COLUMNS": String(width)])
      let lines = r.text.split(separator: "\n")
      #expect(lines.allSatisfy { $0.count <= width }, "\(width)")
      // Paragraphs fill the width: the first paragraph's first line is longer at 120 columns.
      let first = lines.first { $0.hasPrefix("Confetti answers") }.map(\.count) ?? 0
      #expect(first > width - 20, "\(width): \(first)")
    }
  }

  @Test func aConversation() throws {
    let lines = [
      "hello", "ideas for 12 people under $300", "more", "cheaper", "tell me more about #2",
      "what about remote?",
      "plan the week for 40 reps with 2k", "cheaper", "export the plan to plan.pdf", "when is CSW 2027?",
      "what's the weather like", "help", "start over", "bye",
    ]
    let r = try ConfettiProcess.run(
      [], input: lines.joined(separator: "\n") + "\n", environment: Self.environment)
    #expect(r.status == 0)
    var transcript = ""
    let answers = r.text.components(separatedBy: "\n\n")
    for (line, answer) in zip(lines, answers) { transcript += "> \(line)\n\(answer)\n\n" }
    try Snapshot.check(transcript, named: "conversation")
  }

  @Test func commands() throws {
    let ideas = try ConfettiProcess.run(["ideas", "--team-size", "20000"], environment: Self.environment)
    let plan = try ConfettiProcess.run(["plan", "--budget", "1500"], environment: Self.environment)
    try Snapshot.check(ideas.text + "\n" + plan.text, named: "commands")
  }
}
