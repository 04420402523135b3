import Foundation
import Testing

/// The line protocol through the real binary.
@Suite struct PipeModeTests {
  @Test func oneJSONObjectPerLineWithContextCarriedOver() throws {
    let input = "ideas for 12 people under $300\nwhat about remote?\nwhen is CSW 2027?\n"
    let r = try ConfettiProcess.run(["--json"], input: input)
    #expect(r.status == 0)
    let objects = try r.jsonLines()
    try #require(objects.count == 3)
    let first = objects[0]
    #expect(first["input"] as? String == "ideas for 12 people under $300")
    let intent = try #require(first["intent"] as? [String: Any])
    #expect(intent["name"] as? String == "suggest_ideas")
    let confidence = try #require(intent["confidence"] as? Double)
    #expect(confidence > 0.5 && confidence <= 1)
    let slots = try #require(first["slots"] as? [String: Any])
    #expect(slots["team_size"] as? Int == 12)
    #expect((slots["budget"] as? [String: Any])?["amount"] as? Double == 300)
    #expect((slots["budget"] as? [String: Any])?["currency"] as? String == "USD")
    let ideas = try #require(first["ideas"] as? [[String: Any]])
    #expect(ideas.count == 5)
    for idea in ideas {
      let cost = try #require((idea["estimated_cost"] as? [String: Any])?["amount"] as? Double)
      #expect(cost <= 300)
      for key in [
        "id", "name", "theme", "audience", "formats", "team_size", "cost_breakdown", "summary", "sources",
      ] {
        #expect(idea[key] != nil, "missing \(key)")
      }
    }
    let second = objects[1]
    let context = try #require(second["context"] as? [String: Any])
    #expect(context["team_size"] as? Int == 12 && context["format"] as? String == "remote")
    #expect((second["slots"] as? [String: Any])?["team_size"] == nil)
    let dates = try #require(objects[2]["dates"] as? [String: Any])
    #expect(dates["start"] as? String == "2027-10-04" && dates["end"] as? String == "2027-10-08")
  }

  @Test func plainTextAnswersAreSeparatedByOneBlankLineAndHaveNoPrompt() throws {
    let r = try ConfettiProcess.run([], input: "hello\nwhen is CSW 2026?\n")
    #expect(r.status == 0)
    let blocks = r.text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
    #expect(blocks.count == 2)
    #expect(blocks[1].contains("October 5") && blocks[1].contains("October 9"))
    #expect(!r.text.contains("confetti>"))
    #expect(!r.text.contains("\u{1B}["), "no colour when output is not a terminal")
  }

  @Test func sameLineSameAnswerInEveryMode() throws {
    let q = "tell me more about the house band"
    let piped = try ConfettiProcess.run(["--json"], input: q + "\n").text
    let asked = try ConfettiProcess.run([
      "ask", "--json", "tell", "me", "more", "about", "the", "house", "band",
    ]).text
    #expect(piped == asked)
    #expect(piped.contains("\"house-band\""))
  }

  @Test func lastLineWithoutNewlineAndCRLFAreAnswered() throws {
    let r = try ConfettiProcess.run(["--json"], input: "hello\r\nwhen is CSW 2027?")
    let objects = try r.jsonLines()
    try #require(objects.count == 2)
    #expect(objects[0]["input"] as? String == "hello")
    #expect(objects[1]["dates"] != nil)
  }

  /// A co-process writes a line, waits for its answer, and only then writes the next.
  @Test func answersAreFlushedForACoProcess() throws {
    ConfettiProcess.ignoreSIGPIPE
    let process = Process()
    process.executableURL = ConfettiProcess.binary
    process.arguments = ["--json"]
    process.environment = ["CONFETTI_TODAY": "2026-11-23", "PATH": "/usr/bin:/bin"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    defer { process.terminate() }
    let reader = output.fileHandleForReading
    for question in ["when is CSW 2027?", "ideas for 6 people, $0"] {
      try input.fileHandleForWriting.write(contentsOf: Data((question + "\n").utf8))
      var line = Data()
      while !line.contains(0x0A) {
        let chunk = reader.availableData
        try #require(!chunk.isEmpty, "no answer to \(question)")
        line.append(chunk)
      }
      let object = try JSONSerialization.jsonObject(with: line) as? [String: Any]
      #expect(object?["input"] as? String == question)
    }
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }

  @Test func scriptedDialogueChecksContextAndIdeas() throws {
    let lines = [
      "ideas for 10 people under $200", "what about 40 people?", "and remote", "make it $500", "more",
      "cheaper",
      "tell me more about the second one", "start over",
    ]
    let objects = try ConfettiProcess.run(["--json"], input: lines.joined(separator: "\n") + "\n").jsonLines()
    try #require(objects.count == lines.count)
    func context(_ i: Int) -> [String: Any] { objects[i]["context"] as? [String: Any] ?? [:] }
    func budget(_ i: Int) -> Double? { (context(i)["budget"] as? [String: Any])?["amount"] as? Double }
    func ideas(_ i: Int) -> [[String: Any]] { objects[i]["ideas"] as? [[String: Any]] ?? [] }
    func cost(_ idea: [String: Any]) -> Double {
      (idea["estimated_cost"] as? [String: Any])?["amount"] as? Double ?? -1
    }
    #expect(context(1)["team_size"] as? Int == 40 && budget(1) == 200)
    #expect(context(2)["format"] as? String == "remote" && context(2)["team_size"] as? Int == 40)
    #expect(ideas(2).allSatisfy { ($0["formats"] as? [String])?.contains("remote") == true })
    #expect(budget(3) == 500 && context(3)["format"] as? String == "remote")
    #expect(ideas(3).allSatisfy { cost($0) <= 500 })
    let firstPage = Set(ideas(3).compactMap { $0["id"] as? String })
    let secondPage = ideas(4).compactMap { $0["id"] as? String }
    #expect(!secondPage.isEmpty && firstPage.isDisjoint(with: secondPage))
    // Cheaper than the middle price of the page just shown.
    let shown = ideas(4).map(cost).sorted()
    let middle = shown.isEmpty ? 0 : shown[(shown.count - 1) / 2]
    let ceiling = middle > 0 ? middle : shown.first { $0 > 0 } ?? 0
    #expect(!ideas(5).isEmpty && ideas(5).allSatisfy { cost($0) < ceiling })
    let detail = try #require(objects[6]["idea"] as? [String: Any])
    #expect(detail["id"] as? String == ideas(5)[1]["id"] as? String)
    #expect((detail["steps"] as? [String])?.isEmpty == false)
    #expect(context(7).isEmpty)
  }
}
