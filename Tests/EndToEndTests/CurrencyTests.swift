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

  /// With a budget in euros, every amount of the `--json` records is in euros, each record that
  /// shows prices names the rate and its date, and no breakdown is in dollars.
  @Test func jsonAmountsAreInTheBudgetsCurrency() throws {
    let input = "ideas for 30 people under €2,500\ntell me about #1\ncheaper\nplan the week for us\n"
    let records = try ConfettiProcess.run(["--json"], input: Data(input.utf8)).jsonLines()
    try #require(records.count == 4, "\(records)")
    for r in records {
      var amounts: [[String: Any]] = []
      CurrencyTests.amounts(in: r, into: &amounts)
      #expect(!amounts.isEmpty, "\(r)")
      #expect(amounts.allSatisfy { $0["currency"] as? String == "EUR" }, "\(amounts)")
      let rate = try #require(r["exchange_rate"] as? [String: Any], "\(r)")
      #expect(rate["to"] as? String == "EUR" && rate["as_of"] as? String == "2025-11-21", "\(rate)")
      #expect((rate["label"] as? String ?? "").contains("November 21, 2025"), "\(rate)")
      #expect((r["reply"] as? String ?? "").contains("1 USD = 0.87 EUR"), "\(r["reply"] ?? "")")
      // No price in dollars: a cost basis may quote a page's dollar figure, nothing else does.
      var breakdowns: [String] = []
      CurrencyTests.strings(at: "cost_breakdown", in: r, into: &breakdowns)
      #expect(!breakdowns.isEmpty && !breakdowns.contains { $0.contains("$") }, "\(breakdowns)")
      let reply = (r["reply"] as? String ?? "").split(separator: "\n").filter { !$0.contains("Cost basis:") }
      #expect(!reply.contains { $0.contains("$") }, "\(reply)")
    }
  }

  /// Every string value under `key` in a record.
  static func strings(at key: String, in value: Any, into out: inout [String]) {
    if let object = value as? [String: Any] {
      for (k, inner) in object {
        if k == key, let text = inner as? String {
          out.append(text)
        } else {
          strings(at: key, in: inner, into: &out)
        }
      }
    } else if let list = value as? [Any] {
      for inner in list { strings(at: key, in: inner, into: &out) }
    }
  }

  /// Every `{amount, currency}` object in a record, except what the line itself said (`slots`).
  static func amounts(in value: Any, into out: inout [[String: Any]]) {
    if let object = value as? [String: Any] {
      if Set(object.keys) == ["amount", "currency"] {
        out.append(object)
        return
      }
      for (key, inner) in object where key != "slots" { amounts(in: inner, into: &out) }
    } else if let list = value as? [Any] {
      for inner in list { amounts(in: inner, into: &out) }
    }
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
