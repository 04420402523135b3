import Foundation
import Testing

/// `plan` steered as the chat's plans are: kinds wanted and left out, plain words, and a named
/// idea on a day, each checked through the binary and its JSON.
@Suite struct PlanFlagsTests {
  static func plan(_ options: [String]) throws -> (record: [String: Any], plan: [String: Any]) {
    let r = try ScriptFlagsTests.record(["plan", "--year", "2027"] + options)
    return (r, try #require(r["plan"] as? [String: Any], "\(options)"))
  }

  /// Each day's ideas, Monday first.
  static func days(_ plan: [String: Any]) -> [[[String: Any]]] {
    (plan["days"] as? [[String: Any]] ?? []).map { $0["ideas"] as? [[String: Any]] ?? [] }
  }

  static func tags(_ idea: [String: Any]) -> [String] { idea["tags"] as? [String] ?? [] }

  @Test func tagsSteerTheDaysAndWithoutTagLeavesAKindOut() throws {
    let base = ["--team-size", "20", "--budget", "1500"]
    let plain = Self.days(try Self.plan(base).plan).joined()
    let kind = "customer_insight"
    #expect(plain.contains { Self.tags($0).contains(kind) }, "the test needs a plain plan with \(kind)")
    let (record, without) = try Self.plan(base + ["--without-tag", kind])
    let ideas = Self.days(without).joined()
    #expect(!ideas.isEmpty)
    #expect(ideas.allSatisfy { !Self.tags($0).contains(kind) }, "\(ideas.map { $0["id"] ?? "" })")
    #expect((record["context"] as? [String: Any])?["without_kinds"] as? [String] == [kind])
    let music = Self.days(try Self.plan(base + ["--tag", "music"]).plan).joined()
    let plainMusic = plain.filter { Self.tags($0).contains("music") }.count
    #expect(music.filter { Self.tags($0).contains("music") }.count > plainMusic)
  }

  @Test func queryReadsWordsAsTheChatDoes() throws {
    let (record, plan) = try Self.plan([
      "--team-size", "20", "--budget", "1500", "--query", "no food, something with games",
    ])
    let context = try #require(record["context"] as? [String: Any])
    #expect(context["kinds"] as? [String] == ["games"])
    #expect(context["without_kinds"] as? [String] == ["food"])
    let ideas = Self.days(plan).joined()
    #expect(ideas.allSatisfy { !Self.tags($0).contains("food") })
    #expect(ideas.contains { Self.tags($0).contains("games") })
  }

  /// An idea merged into another (issue 22) is still found by its old id: the jersey day is a
  /// themed dress day now.
  @Test func anOldIdFindsTheIdeaItWasMergedInto() throws {
    let (record, plan) = try Self.plan([
      "--team-size", "25", "--budget", "3000", "--idea", "team-jersey-day", "--day", "friday",
    ])
    #expect(Self.days(plan)[4].contains { $0["id"] as? String == "themed-dress-days" }, "\(record)")
    #expect((record["context"] as? [String: Any])?["idea"] as? String == "themed-dress-days")
  }

  @Test func aNamedIdeaGoesOnTheDayGiven() throws {
    for (day, index) in [("friday", 4), ("Monday", 0), ("wednesday", 2)] {
      let (record, plan) = try Self.plan([
        "--team-size", "25", "--budget", "3000", "--idea", "house-band", "--day", day,
      ])
      let days = Self.days(plan)
      #expect(days[index].contains { $0["id"] as? String == "house-band" }, "\(day)")
      #expect(days.joined().filter { $0["id"] as? String == "house-band" }.count == 1, "\(day)")
      let context = try #require(record["context"] as? [String: Any])
      #expect(context["idea"] as? String == "house-band" && context["day"] as? String == day.lowercased())
      #expect(plan["missing"] == nil)
    }
    // Without --day, on its own theme's day; a kind with --day puts an idea of that kind there.
    let onTheme = Self.days(
      try Self.plan(["--team-size", "25", "--budget", "3000", "--idea", "cookout"]).plan)
    #expect(onTheme.joined().contains { $0["id"] as? String == "cookout" })
    let food = Self.days(
      try Self.plan(["--team-size", "25", "--budget", "3000", "--tag", "food", "--day", "tuesday"]).plan)
    #expect(food[1].contains { Self.tags($0).contains("food") })
    // A query that names an idea places it on the day, as --idea does.
    let (asked, queried) = try Self.plan([
      "--team-size", "25", "--budget", "3000", "--query", "a house band", "--day", "thursday",
    ])
    #expect(Self.days(queried)[3].contains { $0["id"] as? String == "house-band" })
    #expect((asked["context"] as? [String: Any])?["day"] as? String == "thursday")
  }

  @Test func aNamedIdeaThatCannotBeHadIsReportedMissing() throws {
    // House Band is played in person or hybrid, so a remote week cannot hold it.
    let (_, plan) = try Self.plan([
      "--team-size", "25", "--budget", "3000", "--format", "remote", "--idea", "house-band", "--day",
      "friday",
    ])
    let missing = try #require(plan["missing"] as? [String: Any])
    #expect(missing["id"] as? String == "house-band" && missing["fits"] as? Bool == false)
    #expect(missing["reason"] as? String == "format")
    #expect(Self.days(plan).joined().allSatisfy { $0["id"] as? String != "house-band" })
  }

  @Test(arguments: [
    (["--idea", "house-bnad"], "house-band"),
    (["--idea", "band"], "house-band"),
    (["--idea", "zzzz-qqqq"], "no idea has the id 'zzzz-qqqq'"),
    (["--tag", "foood"], "- small_business"),
    (["--without-tag", "snacks"], "- food"),
    (["--idea", "cookout", "--idea", "house-band"], "one named idea"),
    (["--idea", "cookout", "--day", "monday", "--day", "friday"], "one named idea"),
    (["--day", "friday"], "--day friday needs --idea"),
    (["--day", "friday", "--query", "something nice"], "--day friday needs --idea"),
    (["--idea", "cookout", "--day", "saturday"], "monday"),
    (["--tag", "food", "--without-tag", "food"], "cannot both be given"),
    (["--theme", "celebrate"], "plan takes no --theme"),
  ])
  func badPlanOptionsExit64Naming(_ options: [String], says: String) throws {
    let r = try ConfettiProcess.run(["plan"] + options)
    #expect(r.status == 64, "\(options)")
    #expect(r.errorText.contains(says), "\(options): \(r.errorText)")
    #expect(r.text.isEmpty)
  }
}
