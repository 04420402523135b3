import ConfettiCore
import Foundation
import Testing

@testable import ConfettiSession

/// Amounts in the person's currency (issue 22), as properties over many budgets and teams drawn
/// from a seeded generator: conversion round-trips, and no plan or suggestion made under a budget
/// in pounds or euros carries a converted amount above it in its `--json` record.
@Suite struct ConvertedAmountsTests {
  /// SplitMix64: the same draws on every run, so a failure can be replayed.
  struct Draws: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static let rates = RateTable.builtin

  /// A budget as people say them: whole amounts mostly, some with pence or cents.
  static func budget(_ g: inout Draws, _ currency: Money.Currency) -> Money {
    let whole = Double(Int.random(in: 20...60_000, using: &g))
    let cents = Bool.random(using: &g) ? Double(Int.random(in: 0...99, using: &g)) / 100 : 0
    return Money(amount: whole + cents, currency: currency)
  }

  static func object(_ body: (inout JSONWriter) -> Void) throws -> [String: Any] {
    var out: [UInt8] = []
    JSONWriter.write(into: &out, body)
    return try #require(JSONSerialization.jsonObject(with: Data(out)) as? [String: Any])
  }

  /// Dollars to pounds or euros and back give the amount again; so does a budget said in pounds
  /// or euros, there and back.
  @Test func conversionRoundTrips() throws {
    var g = Draws(state: 22)
    for _ in 0..<2_000 {
      let currency: Money.Currency = Bool.random(using: &g) ? .gbp : .eur
      let dollars = Double.random(in: 0...250_000, using: &g)
      let there = try #require(Self.rates.convert(dollars, to: currency))
      let back = try #require(Self.rates.dollars(Money(amount: there, currency: currency)))
      #expect(abs(back - dollars) <= 1e-9 * max(1, dollars), "\(dollars) \(currency)")
      let b = Self.budget(&g, currency)
      let inDollars = try #require(Self.rates.dollars(b))
      let again = PriceFormatter(currency: currency).exact(inDollars)
      #expect(again == b, "\(b) → \(inDollars) → \(again)")
    }
  }

  /// Over many budgets in pounds and euros, teams from 1 to 3,000 and sometimes a guest count,
  /// the plan's record carries every amount in the budget's currency, its total never above the
  /// budget and equal, to the cent per idea, to the sum of its ideas.
  @Test func aConvertedPlanTotalNeverExceedsTheBudget() throws {
    var g = Draws(state: 2026)
    let planner = WeekPlanner(catalogue: .builtin)
    let week = ServiceWeekCalendar.week(of: 2027)
    var spent = 0
    for _ in 0..<40 {
      let currency: Money.Currency = Bool.random(using: &g) ? .gbp : .eur
      var c = Constraints()
      c.teamSize = Int.random(in: 1...3_000, using: &g)
      c.budget = Self.budget(&g, currency)
      if Int.random(in: 0..<3, using: &g) == 0 { c.guests = Int.random(in: 0...400, using: &g) }
      let budget = try #require(c.budget)
      let record = try Self.object { JSONRenderer.plan(planner.plan(c, week: week), to: &$0) }
      let total = try #require(record["total_cost"] as? [String: Any])
      #expect(total["currency"] as? String == currency.rawValue)
      let amount = try #require(total["amount"] as? Double)
      #expect(amount <= budget.amount, "\(c.teamSize ?? 0) people, \(budget): total \(amount)")
      let days = try #require(record["days"] as? [[String: Any]])
      let ideas = days.flatMap { ($0["ideas"] as? [[String: Any]]) ?? [] }
      let costs = ideas.compactMap { $0["estimated_cost"] as? [String: Any] }
      #expect(costs.count == ideas.count)
      #expect(costs.allSatisfy { $0["currency"] as? String == currency.rawValue })
      let sum = costs.compactMap { $0["amount"] as? Double }.reduce(0, +)
      #expect(abs(sum - amount) <= 0.005 * Double(max(costs.count, 1)) + 1e-9, "\(sum) vs \(amount)")
      if amount > 0 { spent += 1 }
    }
    #expect(spent > 20, "most plans should spend something: \(spent)")
  }

  /// Every idea suggested under a budget in pounds or euros costs no more than it once converted,
  /// in that currency, for a week's tier.
  @Test func convertedSuggestionsStayWithinTheBudget() throws {
    var g = Draws(state: 1984)
    let suggester = Suggester(catalogue: .builtin)
    for _ in 0..<60 {
      let currency: Money.Currency = Bool.random(using: &g) ? .gbp : .eur
      var c = Constraints()
      c.teamSize = Int.random(in: 1...3_000, using: &g)
      c.budget = Self.budget(&g, currency)
      if Bool.random(using: &g) { c.guests = Int.random(in: 0...400, using: &g) }
      let budget = try #require(c.budget)
      let price = PriceFormatter(currency: currency)
      for s in suggester.suggest(c).ranked.prefix(10) where !s.tier.annual {
        let record = try Self.object { JSONRenderer.idea(s, price, to: &$0) }
        let cost = try #require(record["estimated_cost"] as? [String: Any])
        #expect(cost["currency"] as? String == currency.rawValue)
        let amount = try #require(cost["amount"] as? Double)
        #expect(amount <= budget.amount, "\(s.idea.id) for \(s.teamSize): \(amount) over \(budget)")
        #expect((record["cost_breakdown"] as? String)?.contains("$") == false, "\(record)")
      }
    }
  }
}
