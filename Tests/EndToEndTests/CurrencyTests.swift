import Foundation
import Testing

/// Prices in the person's currency (issue 22), through the binary: a budget in pounds is compared
/// with what it buys at the catalogue's dated rates, and every price is shown in pounds with the
/// rate named.
@Suite struct CurrencyTests {
  static let note = "at 1 USD = 0.76 GBP, European Central Bank reference rates of November 21, 2025"

  /// The issue's £4,000: an idea costing about $4,975 for 35 people fits £4,000 (about $5,235), so
  /// it is not "over your $4,000" as at par, and its prices read in pounds.
  @Test func aBudgetInPoundsBuysWhatItIsWorth() throws {
    let input = "ideas for 35 people with £4,000\ntell me about the world tour\n"
    let text = try ConfettiProcess.run([], input: Data(input.utf8), environment: ["NO_COLOR": "1"]).text
    let details = try #require(text.components(separatedBy: "\n\n").dropFirst().first, "\(text)")
    let line = try #require(
      details.split(separator: "\n").first { $0.contains("catered tour:") }, "\(details)")
    #expect(!line.contains("over your"), "\(line)")
    #expect(line.contains("= £3,802"), "\(line)")
    #expect(!line.contains("$"), "\(line)")
    #expect(details.contains(Self.note), "\(details)")
  }

  /// A plan with £4,000 spends in pounds up to the budget and no more, and says so in pounds; its
  /// JSON budget keeps the pounds.
  @Test func aPlanInPoundsStaysWithinTheBudget() throws {
    let text = try ConfettiProcess.run(
      ["plan", "--year", "2027", "--team-size", "35", "--budget", "£4000"], environment: ["NO_COLOR": "1"]
    ).text
    let total = try #require(text.split(separator: "\n").first { $0.hasPrefix("Total: ") }, "\(text)")
    #expect(total.contains("of £4,000.") && total.contains(Self.note), "\(total)")
    let digits = total.dropFirst("Total: £".count).prefix { $0.isNumber || $0 == "," }.filter(\.isNumber)
    let spent = try #require(Int(digits), "\(total)")
    #expect(spent <= 4_000 && spent > 3_000, "\(total)")
    let record = try ScriptFlagsTests.record([
      "plan", "--year", "2027", "--team-size", "35", "--budget", "£4000",
    ])
    let budget = (record["plan"] as? [String: Any])?["budget"] as? [String: Any]
    #expect(budget?["currency"] as? String == "GBP" && budget?["amount"] as? Double == 4_000, "\(record)")
  }
}
