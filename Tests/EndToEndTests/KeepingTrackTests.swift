import Foundation
import Testing

/// Issue 21 through the real binary: what a person leaves out stays out, amounts without a sign are
/// money, years said in passing move nothing, head counts add up, and follow-ups read in the light
/// of the conversation. Each record names the policy rule that chose it.
@Suite struct KeepingTrackTests {
  static func records(_ lines: [String]) throws -> [[String: Any]] {
    let r = try ConfettiProcess.run(
      ["--json", "--today", "2026-12-07"], input: lines.joined(separator: "\n") + "\n")
    let records = try r.jsonLines()
    try #require(records.count == lines.count, "\(r.text)")
    return records
  }

  static func intent(_ r: [String: Any]) -> String? { (r["intent"] as? [String: Any])?["name"] as? String }
  static func context(_ r: [String: Any]) -> [String: Any] { r["context"] as? [String: Any] ?? [:] }
  static func ids(_ r: [String: Any]) -> [String] {
    let shown = (r["ideas"] as? [[String: Any]]) ?? []
    let planned = ((r["plan"] as? [String: Any])?["days"] as? [[String: Any]] ?? []).flatMap {
      ($0["ideas"] as? [[String: Any]]) ?? []
    }
    return (shown + planned).compactMap { $0["id"] as? String }
  }
  static func amount(_ r: [String: Any], _ key: String) -> (Double, String)? {
    guard let m = context(r)[key] as? [String: Any],
      let a = m["amount"] as? Double ?? (m["amount"] as? Int).map(Double.init),
      let c = m["currency"] as? String
    else { return nil }
    return (a, c)
  }

  /// Saying no to an idea by name leaves it out of lists and plans, never shows its details, and
  /// the scope of "except" runs over "or"; "put it back" lets it in again.
  @Test func anIdeaRefusedByNameStaysOut() throws {
    let r = try Self.records([
      "ideas for our 16 reps", "leave out the raffle please, nobody won last time",
      "a week plan, but no foosball tournament", "anything apart from the cookout or the pep rally?",
      "bring the raffle back",
    ])
    #expect(Self.intent(r[1]) == "refine" && r[1]["idea"] == nil, "\(r[1])")
    #expect(Self.context(r[1])["without_ideas"] as? [String] == ["raffle"])
    #expect(!Self.ids(r[1]).contains("raffle"))
    #expect(Self.intent(r[2]) == "plan_week" && !Self.ids(r[2]).contains("foosball-tournament"), "\(r[2])")
    let out = Set(Self.context(r[3])["without_ideas"] as? [String] ?? [])
    #expect(out.isSuperset(of: ["cookout", "pep-rally"]), "\(r[3])")
    #expect(r[3]["rule"] as? String == "leave_out")
    #expect(!(Self.context(r[4])["without_ideas"] as? [String] ?? []).contains("raffle"), "\(r[4])")
  }

  /// Kinds left out never turn into kinds wanted: "X-free" and "no A or B".
  @Test func kindsLeftOutAreLeftOut() throws {
    let r = try Self.records(["something music-free for 9 people", "and nothing with games or sports either"])
    #expect(Self.context(r[0])["without_kinds"] as? [String] == ["music"], "\(r[0])")
    #expect(Self.context(r[0])["budget"] == nil, "a kind left out is no budget of nothing: \(r[0])")
    #expect(Set(Self.context(r[1])["without_kinds"] as? [String] ?? []) == ["music", "games", "sports"])
    #expect(Self.context(r[1])["kinds"] == nil)
  }

  /// Amounts said without a sign are money, in the currency of the budget in force.
  @Test func amountsWithoutASignAreMoney() throws {
    let r = try Self.records([
      "we're 11 people with a 250 budget", "make it £400", "actually we've got 320 to work with",
      "12 a head then",
    ])
    #expect(Self.amount(r[0], "budget")! == (250, "USD"), "\(r[0])")
    #expect(Self.amount(r[2], "budget")! == (320, "GBP"), "\(r[2])")
    #expect(Self.amount(r[3], "budget_per_person")! == (12, "GBP"), "\(r[3])")
    let plan = try Self.records(["sketch the week for 45 agents with 2500"])[0]
    #expect(Self.amount(plan, "budget")! == (2500, "USD"), "\(plan)")
    #expect(Self.context(plan)["year"] == nil, "an amount is never the year: \(plan)")
  }

  /// A year said about something else does not move the plan; a bare amount after a budget changes it.
  @Test func aYearInPassingMovesNothing() throws {
    let r = try Self.records([
      "plan the week for 20 people, $900", "we tried a chili cook-off back in 2023 and it flopped",
      "what if the money went down to 600",
    ])
    #expect(Self.context(r[1])["year"] == nil, "\(r[1])")
    #expect(Self.amount(r[2], "budget")! == (600, "USD"), "\(r[2])")
    #expect(Self.intent(r[2]) == "refine" && r[2]["plan"] != nil, "\(r[2])")
  }

  /// Who and how: staff only, a team split between office and home, remote people included.
  @Test func audienceAndFormat() throws {
    let r = try Self.records([
      "ideas for 30, a mix of office and home-based agents", "for the team only, not for clients",
      "and include the remote people too",
    ])
    #expect(Self.context(r[0])["format"] as? String == "hybrid", "\(r[0])")
    #expect(Self.context(r[1])["audience"] as? String == "employees", "\(r[1])")
    #expect(Self.context(r[2])["format"] as? String == "hybrid", "still a mix: \(r[2])")
  }

  /// Head counts add up: "plus N from …" adds to the team, "double" doubles it, the speaker counts.
  @Test func headCountsAddUp() throws {
    let r = try Self.records(["ideas for 14 people", "plus 5 from the billing team", "double the team"])
    #expect(Self.context(r[1])["team_size"] as? Int == 19, "\(r[1])")
    #expect(Self.context(r[2])["team_size"] as? Int == 38, "\(r[2])")
    let own = try Self.records(["it's me and 3 part-timers, what can we do"])[0]
    #expect(Self.context(own)["team_size"] as? Int == 4, "\(own)")
  }

  /// Follow-ups read against what came before: "#N" in any words, a price, the sources, free ones.
  @Test func followUpsAreReadInContext() throws {
    let r = try Self.records([
      "ideas for 25 people", "so how would #2 actually run?", "and what's that based on?",
      "what would that be for all 40 of us", "are any of those free?",
    ])
    #expect(Self.intent(r[1]) == "idea_details" && r[1]["rule"] as? String == "number_after_list", "\(r[1])")
    let second = try #require(Self.ids(r[0]).dropFirst().first)
    #expect((r[1]["idea"] as? [String: Any])?["id"] as? String == second)
    #expect(Self.intent(r[2]) == "idea_sources", "\(r[2])")
    #expect(r[2]["idea_id"] as? String == second)
    #expect(!((r[2]["sources"] as? [[String: Any]]) ?? []).isEmpty)
    #expect(
      Self.intent(r[3]) == "idea_details" && r[3]["rule"] as? String == "price_after_details", "\(r[3])")
    #expect(Self.intent(r[4]) == "cheaper", "\(r[4])")
    let free = (r[4]["ideas"] as? [[String: Any]]) ?? []
    #expect(free.allSatisfy { (($0["estimated_cost"] as? [String: Any])?["amount"] as? Int) == 0 }, "\(r[4])")
  }

  /// A year right after the dates is that year's dates; a word of one idea's name finds that idea.
  @Test func datesAndNamesFollowUp() throws {
    let r = try Self.records([
      "when does csw fall this time", "what about 2031?", "how does the potluck work",
    ])
    #expect(
      Self.intent(r[1]) == "event_date"
        && (r[1]["dates"] as? [String: Any])?["start"] as? String == "2031-10-06",
      "\(r[1])")
    #expect((r[2]["idea"] as? [String: Any])?["id"] as? String == "team-potluck", "\(r[2])")
  }

  /// "replace it" right after an export asks for that same file to be replaced.
  @Test func overwriteFollowsAnExport() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "confetti-ow-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "old".write(to: folder.appendingPathComponent("week.md"), atomically: true, encoding: .utf8)
    let r = try ConfettiProcess.run(
      ["--json", "--today", "2026-12-07"],
      input: "plan the week for 10 people\nsave it as week.md\nyes, replace it\n", directory: folder)
    let records = try r.jsonLines()
    try #require(records.count == 3)
    #expect(records[1]["exported"] == nil, "the file exists: \(records[1])")
    #expect(records[2]["rule"] as? String == "overwrite_after_refused_export", "\(records[2])")
    #expect(records[2]["exported"] != nil, "\(records[2])")
    let text = try String(contentsOf: folder.appendingPathComponent("week.md"), encoding: .utf8)
    #expect(text.contains("Customer Service Week"))
  }

  /// An activity the catalogue does not have is admitted before the closest ideas.
  @Test func whatTheCatalogueLacksIsSaid() throws {
    let r = try Self.records(["could we hire a hypnotist for our 30 agents?"])[0]
    #expect((r["reply"] as? String)?.hasPrefix("The catalogue has no idea for “hypnotist”") == true, "\(r)")
    #expect(r["missing"] as? [String] == ["hypnotist"])
    #expect(!Self.ids(r).isEmpty)
  }
}
