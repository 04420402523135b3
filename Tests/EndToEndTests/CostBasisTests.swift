import Foundation
import Testing

/// Costs a buyer would not question (issue 22), through the binary: guests counted, fixed items
/// bought again as the team grows, a cited basis shown, and a year's cost kept out of a week.
@Suite struct CostBasisTests {
  /// The details of `idea` for a team of `size`, as JSON.
  static func details(_ idea: String, size: Int) throws -> [String: Any] {
    let input = "ideas for \(size) people\ntell me about \(idea)\n"
    let records = try ConfettiProcess.run(["--json"], input: Data(input.utf8)).jsonLines()
    try #require(records.count == 2)
    return try #require(records[1]["idea"] as? [String: Any], "\(records[1])")
  }

  static func tier(_ details: [String: Any], _ name: String) throws -> [String: Any] {
    let tiers = details["tiers"] as? [[String: Any]] ?? []
    return try #require(tiers.first { $0["name"] as? String == name }, "\(tiers)")
  }

  static func amount(_ tier: [String: Any]) -> Double? {
    (tier["estimated_cost"] as? [String: Any])?["amount"] as? Double
  }

  /// An idea that invites families and key customers pays for them: 20 people bring 30 guests.
  @Test func guestsAreCountedAndShown() throws {
    let d = try Self.details("the cookout", size: 20)
    let t = try Self.tier(d, "with guests")
    #expect(t["guests"] as? Int == 30, "\(t)")
    let breakdown = t["cost_breakdown"] as? String ?? ""
    #expect(breakdown.contains("/guest × 30 guests"), "\(breakdown)")
    // $18 × 20 people + $18 × 30 guests + $300.
    #expect(Self.amount(t) == 1_200, "\(t)")
    let basis = try #require(t["cost_basis"] as? [String: Any], "\(t)")
    #expect(!(basis["note"] as? String ?? "").isEmpty)
    #expect((basis["source"] as? [String: Any])?["publisher"] as? String == "Confetti")
  }

  /// "with families, about 60 guests" said in the conversation sets the guests the family ideas
  /// count: the cookout feeds 60 guests, not 1.5 per person, and the team stays 20. A later line
  /// changes the count; a plan counts them too.
  @Test func theGuestsSaidAreTheGuestsCounted() throws {
    let input = """
      ideas for 20 people
      with families, about 60 guests
      tell me about the cookout
      actually around 90 guests
      plan the week for us with $3000
      """
    let records = try ConfettiProcess.run(["--json"], input: Data((input + "\n").utf8)).jsonLines()
    try #require(records.count == 5, "\(records)")
    let context = records[1]["context"] as? [String: Any] ?? [:]
    #expect(context["guests"] as? Int == 60 && context["team_size"] as? Int == 20, "\(context)")
    #expect((records[1]["reply"] as? String ?? "").contains("60 guests invited"), "\(records[1])")
    let details = try #require(records[2]["idea"] as? [String: Any], "\(records[2])")
    let t = try Self.tier(details, "with guests")
    #expect(t["guests"] as? Int == 60, "\(t)")
    #expect((t["cost_breakdown"] as? String ?? "").contains("/guest × 60 guests"), "\(t)")
    // $18 × 20 people + $18 × 60 guests + $300.
    #expect(Self.amount(t) == 1_740, "\(t)")
    #expect((records[3]["context"] as? [String: Any])?["guests"] as? Int == 90, "\(records[3])")
    let plan = try #require(records[4]["plan"] as? [String: Any], "\(records[4])")
    #expect(plan["team_size"] as? Int == 20, "\(plan)")
    #expect((records[4]["reply"] as? String ?? "").contains("90 guests invited"), "\(records[4])")
  }

  /// Trophies are bought again for every 25 people, so 100 people cost more than 20 in fixed items.
  @Test func fixedItemsScaleWithTheTeam() throws {
    let small = try Self.tier(try Self.details("awards and prizes", size: 20), "trophies")
    let large = try Self.tier(try Self.details("awards and prizes", size: 100), "trophies")
    #expect(Self.amount(small) == Double(200 + 50 * 20), "\(small)")
    #expect(Self.amount(large) == Double(200 * 4 + 50 * 100), "\(large)")
    #expect((large["cost_breakdown"] as? String ?? "").contains("× 4 (one per 25 people)"), "\(large)")
  }

  /// A figure with a basis cites it, by publisher, in the reply.
  @Test func aCostBasisIsCitedInTheReply() throws {
    let r = try ConfettiProcess.run(
      [], input: Data("ideas for 20 people\ntell me about the world tour\n".utf8))
    #expect(r.text.contains("Cost basis: five buffet lunches"), "\(r.text)")
    #expect(r.text.contains("Roaming Hunger"), "\(r.text)")
  }

  /// A year-round tier is never part of a week's plan: the plan's total leaves it out and the
  /// plan shows it apart.
  @Test func aYearsCostIsShownApartFromTheWeek() throws {
    let text = try ConfettiProcess.run([
      "plan", "--year", "2027", "--team-size", "20", "--budget", "2000", "--idea", "year-round-appreciation",
    ]).text
    #expect(text.contains("Year-Round Appreciation"), "\(text)")
    #expect(
      text.contains(
        "Year-round, not in this week's total: Year-Round Appreciation (monthly budget), $60/person × 20 = $1,200 a year."
      ), "\(text)")
    let record = try ScriptFlagsTests.record([
      "plan", "--year", "2027", "--team-size", "20", "--budget", "100000",
    ])
    let plan = try #require(record["plan"] as? [String: Any])
    let ideas = (plan["days"] as? [[String: Any]] ?? []).flatMap { $0["ideas"] as? [[String: Any]] ?? [] }
    let annual: Set<String> = [
      "learning-stipend:books and courses", "learning-stipend:certification",
      "year-round-appreciation:monthly budget",
    ]
    for idea in ideas {
      let key = "\(idea["id"] as? String ?? ""):\(idea["tier"] as? String ?? "")"
      #expect(!annual.contains(key), "\(key) is a year's cost in a week's plan")
    }
  }

  /// With a week's budget, an idea whose only tiers are a year's cost says so instead of
  /// counting against the week.
  @Test func aYearsCostIsNeverMeasuredAgainstAWeeksBudget() throws {
    let text = try ConfettiProcess.run([
      "ideas", "--team-size", "20", "--budget", "300", "--query", "a learning stipend", "--limit", "10",
    ]).text
    #expect(text.contains("Learning Stipend"), "\(text)")
    #expect(text.contains("a year, not from the week's budget"), "\(text)")
  }
}
