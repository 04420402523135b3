import Foundation
import Testing

/// Per-person charges on the people who come (issue 25), through the binary: a customer open day
/// pays for its customers, not for the staff; with no count said the customers are Confetti's
/// estimate, labelled so; the count said in the chat or with `--guests` replaces it.
@Suite struct GuestPricingTests {
  /// The "open day" tier of Customer Appreciation Day in the details after `lines`.
  static func openDay(after lines: [String]) throws -> [String: Any] {
    let input = (lines + ["tell me about customer appreciation day"]).joined(separator: "\n") + "\n"
    let records = try ConfettiProcess.run(["--json"], input: Data(input.utf8)).jsonLines()
    let details = try #require(records.last?["idea"] as? [String: Any], "\(records)")
    #expect(details["id"] as? String == "customer-appreciation-day", "\(details)")
    return try CostBasisTests.tier(details, "open day")
  }

  /// A bakery of six gets no open day priced for six: about 30 customers, Confetti's estimate,
  /// and nothing charged per member of staff.
  @Test func aSmallShopsOpenDayIsPricedOnItsCustomers() throws {
    let t = try Self.openDay(after: ["ideas for my bakery, 6 of us"])
    #expect(t["guests"] as? Int == 30, "\(t)")
    #expect(t["guests_estimated"] as? Bool == true, "\(t)")
    let breakdown = t["cost_breakdown"] as? String ?? ""
    #expect(breakdown.contains("× 30 guests (Confetti's estimate)"), "\(breakdown)")
    #expect(!breakdown.contains("/person"), "\(breakdown)")
    #expect(CostBasisTests.amount(t) == Double(300 + 10 * 30), "\(t)")
  }

  /// The estimate follows the team within its bounds: five customers each for 20 people, never
  /// more than 300 for a centre of a thousand.
  @Test(arguments: [(20, 100), (1_000, 300)])
  func theEstimateStaysWithinItsBounds(_ size: Int, customers: Int) throws {
    let t = try Self.openDay(after: ["ideas for \(size) people"])
    #expect(t["guests"] as? Int == customers, "\(t)")
    #expect(CostBasisTests.amount(t) == Double(300 + 10 * customers), "\(t)")
  }

  /// "about 60 guests" is the count: no estimate, and no label saying so.
  @Test func theGuestsSaidReplaceTheEstimate() throws {
    let t = try Self.openDay(after: ["ideas for my bakery, 6 of us", "about 60 guests"])
    #expect(t["guests"] as? Int == 60, "\(t)")
    #expect(t["guests_estimated"] == nil, "\(t)")
    #expect(!(t["cost_breakdown"] as? String ?? "").contains("estimate"), "\(t)")
    #expect(CostBasisTests.amount(t) == Double(300 + 10 * 60), "\(t)")
  }

  /// Customers said to come are the guests counted, and leave the audience as it was: both tiers
  /// of the day count the 40 who come in.
  @Test func customersWhoComeAreTheGuests() throws {
    let input = """
      ideas for our flower shop, 5 of us, for the staff and the customers
      on a busy day maybe 40 customers come in
      tell me about customer appreciation day

      """
    let records = try ConfettiProcess.run(["--json"], input: Data(input.utf8)).jsonLines()
    try #require(records.count == 3, "\(records)")
    let context = records[1]["context"] as? [String: Any] ?? [:]
    #expect(context["guests"] as? Int == 40 && context["audience"] as? String == "both", "\(context)")
    let details = try #require(records[2]["idea"] as? [String: Any], "\(records[2])")
    let simple = try CostBasisTests.tier(details, "simple")
    #expect(simple["cost_breakdown"] as? String == "$3/guest × 40 guests + $30 = $150", "\(simple)")
    let openDay = try CostBasisTests.tier(details, "open day")
    #expect(openDay["guests"] as? Int == 40 && openDay["guests_estimated"] == nil, "\(openDay)")
  }

  /// The reply a person reads says whose estimate the count is.
  @Test func theReplySaysTheCountIsAnEstimate() throws {
    let r = try ConfettiProcess.run(
      [], input: Data("ideas for my bakery, 6 of us\ntell me about customer appreciation day\n".utf8))
    #expect(
      r.text.contains("open day: $10/guest × 30 guests (Confetti's estimate) + $300 = $600"), "\(r.text)")
  }

  /// `--guests` is the chat's guests for scripts, on `ideas` and on `plan`, and shows in `context`.
  @Test func scriptsSayHowManyGuestsCome() throws {
    let ideas = try ScriptFlagsTests.record([
      "ideas", "--team-size", "6", "--guests", "45", "--query", "customer appreciation day", "--limit", "3",
    ])
    #expect((ideas["context"] as? [String: Any])?["guests"] as? Int == 45, "\(ideas)")
    let first = try #require((ideas["ideas"] as? [[String: Any]])?.first)
    #expect(first["id"] as? String == "customer-appreciation-day", "\(first)")
    let plan = try ScriptFlagsTests.record([
      "plan", "--team-size", "20", "--budget", "3000", "--guests", "40", "--idea",
      "customer-appreciation-day",
      "--year", "2027",
    ])
    #expect((plan["context"] as? [String: Any])?["guests"] as? Int == 40, "\(plan)")
    let planned = SmallBusinessTests.ideas(of: plan)
    let day = try #require(
      planned.first { $0["id"] as? String == "customer-appreciation-day" }, "\(planned)")
    // The open day fits $3,000 and counts the 40 customers said: $10 × 40 + $300, no estimate.
    #expect(day["tier"] as? String == "open day", "\(day)")
    #expect(day["cost_breakdown"] as? String == "$10/guest × 40 guests + $300 = $700", "\(day)")
  }

  @Test(arguments: [["--guests", "-3"], ["--guests", "many"], ["--guests", "200000"]])
  func aBadGuestCountIsAUsageError(_ options: [String]) throws {
    let r = try ConfettiProcess.run(["ideas", "--team-size", "6"] + options)
    #expect(r.status == 64, "\(options): \(r.status)")
    #expect(r.errorText.contains("--guests"), "\(options): \(r.errorText)")
  }
}
