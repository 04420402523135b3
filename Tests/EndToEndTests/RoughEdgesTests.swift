import Foundation
import Testing

/// The rough edges a new user hit (issue 15), each through the built binary.
@Suite struct RoughEdgesTests {
  static let heldOut = ConfettiProcess.packageRoot.appendingPathComponent("Tests/Dev/nlu.jsonl").path

  @Test func subcommandsHintAtOptionsNotAtThingsToSay() throws {
    let ideas = try ConfettiProcess.run(["ideas", "--budget", "300"])
    #expect(ideas.status == 0)
    #expect(!ideas.text.contains("Say \"more\"") && ideas.text.contains("--limit"))
    #expect(!ideas.text.contains("tell me your team size") && ideas.text.contains("--team-size"))
    let plan = try ConfettiProcess.run(["plan", "--budget", "2000"])
    #expect(plan.status == 0)
    #expect(!plan.text.contains("Say \"export") && plan.text.contains("--markdown"))
    #expect(!plan.text.contains("tell me your team size") && plan.text.contains("--team-size"))
    // The conversation keeps its own hints.
    let chat = try ConfettiProcess.run(["ask", "ideas under $300"])
    #expect(chat.text.contains("Say \"more\"") && chat.text.contains("tell me your team size"))
  }

  @Test func aTeamTooLargeForEveryIdeaGetsTheNearestOptions() throws {
    let r = try ConfettiProcess.run(["ideas", "--json", "--team-size", "20000"])
    let obj = try #require(try r.jsonLines().first)
    #expect(obj["nearest"] as? Bool == true)
    let ideas = try #require(obj["ideas"] as? [[String: Any]])
    #expect(!ideas.isEmpty)
    let maxima = ideas.compactMap { ($0["team_size"] as? [String: Any])?["max"] as? Int }
    #expect(maxima.count == ideas.count && maxima.allSatisfy { $0 < 20000 })
    #expect((obj["reply"] as? String)?.contains("split the team into groups") == true)
  }

  @Test(arguments: [["ideas"], ["plan"], ["ask", "hi"], ["eval", heldOut], ["chat"]])
  func oneValidationOfToday(_ command: [String]) throws {
    let option = try ConfettiProcess.run(command + ["--today", "2026-13-45"], input: "hi\n")
    #expect(option.status == 64 && option.errorText.contains("2026-13-45"))
    let env = try ConfettiProcess.run(command, input: "hi\n", environment: ["CONFETTI_TODAY": "junk"])
    #expect(env.status == 64 && env.errorText.contains("CONFETTI_TODAY"))
  }

  @Test(arguments: [
    (["ideas", "--budget", "-5"], "--budget must be zero or more"),
    (["plan", "--per-person", "-1"], "--per-person must be zero or more"),
    (["ideas", "--team-size", "-3"], "--team-size must be between"),
    (["ideas", "--budget", "300", "--per-person", "25"], "not both"),
    (["eval", "--min-intent-accuracy", "1.5", heldOut], "from 0 to 1"),
  ])
  func badOptionValuesSayWhatIsWrong(_ arguments: [String], _ message: String) throws {
    let r = try ConfettiProcess.run(arguments)
    #expect(r.status == 64)
    #expect(r.errorText.contains(message), "\(r.errorText)")
  }

  @Test func versionIsPrinted() throws {
    let r = try ConfettiProcess.run(["--version"])
    #expect(r.status == 0)
    #expect(r.text.split(separator: ".").count == 3 && r.text.hasSuffix("\n"))
  }

  @Test func planJSONHasAReplyLikeIdeasJSON() throws {
    for command in [["plan", "--team-size", "12", "--json"], ["ideas", "--team-size", "12", "--json"]] {
      let obj = try #require(try ConfettiProcess.run(command).jsonLines().first)
      #expect((obj["reply"] as? String)?.isEmpty == false, "\(command)")
      #expect((obj["context"] as? [String: Any])?["team_size"] as? Int == 12)
    }
  }

  @Test func cheaperAfterAPlanGivesACheaperPlan() throws {
    let r = try ConfettiProcess.run(["--json"], input: "plan the week for 40 reps with 2k\ncheaper\n")
    let records = try r.jsonLines()
    try #require(records.count == 2)
    func total(_ record: [String: Any]) -> Double? {
      ((record["plan"] as? [String: Any])?["total_cost"] as? [String: Any])?["amount"] as? Double
    }
    let first = try #require(total(records[0]))
    let second = try #require(total(records[1]), "no plan after cheaper: \(records[1])")
    #expect(second < first && records[1]["ideas"] == nil)
  }

  @Test func askWithControlCharactersIsAUsageError() throws {
    let r = try ConfettiProcess.run(["ask", "ideas \u{1B}[31mfor 12"])
    #expect(r.status == 64)
    #expect(!r.text.contains("\u{1B}"))
    let json = try ConfettiProcess.run(["ask", "--json", "hi\u{07}"])
    #expect(json.status == 64)
    let error = try #require(try json.jsonLines().first?["error"] as? [String: Any])
    #expect(error["code"] as? String == "control_characters")
  }
}

extension RoughEdgesTests {
  @Test func partOfAnIdeasNameFindsIt() throws {
    let r = try ConfettiProcess.run(["--json"], input: "tell me about the shark\n")
    let idea = try #require(try r.jsonLines().first?["idea"] as? [String: Any])
    #expect(idea["name"] as? String == "Shark Tank Pitches")
  }
}
