import Foundation
import Testing

/// The `ideas` and `plan` options that give scripts the chat's reach: budgets in a currency,
/// paging, and clear refusals, each checked through the binary and its JSON.
@Suite struct ScriptFlagsTests {
  /// The one JSON record of a command that must succeed.
  static func record(_ arguments: [String]) throws -> [String: Any] {
    let r = try ConfettiProcess.run(arguments + ["--json"])
    #expect(r.status == 0, "\(arguments): \(r.errorText)")
    let lines = try r.jsonLines()
    try #require(lines.count == 1, "\(arguments): one record")
    return lines[0]
  }

  static func money(_ value: Any?) -> (amount: Double, currency: String)? {
    guard let m = value as? [String: Any], let a = m["amount"] as? Double, let c = m["currency"] as? String
    else { return nil }
    return (a, c)
  }

  static func ids(_ record: [String: Any]) -> [String] {
    (record["ideas"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
  }

  @Test(arguments: [
    (["--budget", "£150"], 150.0, "GBP"),
    (["--budget", "150 GBP"], 150.0, "GBP"),
    (["--budget", "gbp 150"], 150.0, "GBP"),
    (["--budget", "€80"], 80.0, "EUR"),
    (["--budget", "80 euros"], 80.0, "EUR"),
    (["--budget", "150"], 150.0, "USD"),
    (["--budget", "$1.2k"], 1200.0, "USD"),
    (["--budget", "150", "--currency", "gbp"], 150.0, "GBP"),
    (["--budget", "£150", "--currency", "GBP"], 150.0, "GBP"),
  ])
  func budgetTakesACurrency(_ options: [String], amount: Double, currency: String) throws {
    let r = try Self.record(["ideas", "--team-size", "6"] + options)
    let context = try #require(r["context"] as? [String: Any])
    let budget = try #require(Self.money(context["budget"]), "\(options): \(context)")
    #expect(budget.amount == amount && budget.currency == currency, "\(options)")
    let ideas = try #require(r["ideas"] as? [[String: Any]])
    #expect(!ideas.isEmpty)
    // The estimates are US dollars; with a budget in pounds or euros every amount is converted, to
    // the cent, at the rate the reply names ("at 1 USD = 0.76 GBP, …"), so it is in the budget's
    // currency and within it.
    let reply = r["reply"] as? String ?? ""
    if currency != "USD" {
      #expect(reply.contains("at 1 USD = ") && reply.contains(" \(currency), "), "\(options): \(reply)")
    }
    for idea in ideas {
      let cost = try #require(Self.money(idea["estimated_cost"]))
      #expect(cost.currency == currency)
      #expect(cost.amount <= amount, "\(options): \(idea["id"] ?? "?") costs \(cost.amount)")
    }
  }

  @Test func perPersonAndPlanTakeACurrency() throws {
    let ideas = try Self.record(["ideas", "--team-size", "8", "--per-person", "€10"])
    let perPerson = try #require(Self.money((ideas["context"] as? [String: Any])?["budget_per_person"]))
    #expect(perPerson.amount == 10 && perPerson.currency == "EUR")
    for idea in ideas["ideas"] as? [[String: Any]] ?? [] {
      // US-dollar estimates within €80 at the table's rate (about $1.15 a euro).
      #expect((Self.money(idea["estimated_cost"])?.amount ?? 1e9) <= 80 * 1.2)
    }
    let plan = try #require(
      try Self.record(["plan", "--team-size", "6", "--budget", "150 GBP"])["plan"] as? [String: Any])
    let budget = try #require(Self.money(plan["budget"]))
    #expect(budget.amount == 150 && budget.currency == "GBP")
    #expect(plan["budget_assumed"] as? Bool == false)
    // US-dollar estimates within £150 at the table's rate (about $1.31 a pound).
    #expect((Self.money(plan["total_cost"])?.amount ?? 1e9) <= 150 * 1.35)
    let md = try ConfettiProcess.run(["plan", "--team-size", "6", "--budget", "€200", "--markdown"])
    #expect(md.status == 0)
    #expect(md.text.contains("€200"), "\(md.text.prefix(400))")
  }

  @Test(arguments: [
    (["ideas", "--budget", "₹3000"], "exchange rate"),
    (["ideas", "--budget", "CA$300"], "Canadian dollars"),
    (["ideas", "--budget", "£150", "--currency", "EUR"], "--currency says EUR"),
    (["plan", "--per-person", "€10", "--currency", "usd"], "--currency says USD"),
    (["ideas", "--budget", "cheap"], "150 GBP"),
    (["ideas", "--budget", "150 for 12 people"], "150 GBP"),
    (["ideas", "--budget", "150", "--currency", "CAD"], "--currency"),
    (["ideas", "--budget", "-£5"], "--budget must be zero or more"),
    (["plan", "--theme", "celebrate"], "plan takes no --theme"),
    (["ideas", "--offset", "-1"], "--offset must be zero or more"),
  ])
  func badValuesExit64WithAReason(_ arguments: [String], says: String) throws {
    let r = try ConfettiProcess.run(arguments)
    #expect(r.status == 64, "\(arguments)")
    #expect(r.errorText.contains(says), "\(arguments): \(r.errorText)")
    #expect(r.text.isEmpty)
  }

  /// `ideas --max-cost` is the chat's "cheaper": the ceiling "cheaper" sets after a list, given as
  /// the option, lists the same ideas; every idea costs less than it, 0 keeps the free ones, and a
  /// bad or mixed-currency amount is a usage error.
  @Test func maxCostIsTheChatsCheaper() throws {
    let chat = try KeepingTrackTests.records(["ideas for 12 people, we have $300", "cheaper please"])
    let ceiling = try #require(Self.money(KeepingTrackTests.context(chat[1])["max_cost"]))
    #expect(ceiling.amount > 0 && ceiling.amount < 300)
    let same = try Self.record([
      "ideas", "--team-size", "12", "--budget", "300", "--max-cost", String(ceiling.amount), "--today",
      "2026-12-07",
    ])
    #expect(Self.money(KeepingTrackTests.context(same)["max_cost"])?.amount == ceiling.amount)
    #expect(Self.ids(same) == KeepingTrackTests.ids(chat[1]))
    let under = try Self.record([
      "ideas", "--team-size", "12", "--budget", "300", "--max-cost", "40", "--limit", "104",
    ])
    let all = try Self.record(["ideas", "--team-size", "12", "--budget", "300", "--limit", "104"])
    let shown = try #require(under["ideas"] as? [[String: Any]])
    #expect(!shown.isEmpty)
    for idea in shown {
      let cost = Self.money(idea["estimated_cost"])?.amount ?? 1e9
      #expect(cost < 40, "\(idea["id"] ?? "?") costs \(cost)")
    }
    #expect((under["total_matches"] as? Int ?? 0) < (all["total_matches"] as? Int ?? 0))
    let free = try Self.record(["ideas", "--team-size", "12", "--max-cost", "0", "--limit", "104"])
    let freeIdeas = try #require(free["ideas"] as? [[String: Any]])
    #expect(!freeIdeas.isEmpty)
    #expect(freeIdeas.allSatisfy { Self.money($0["estimated_cost"])?.amount == 0 })
    for bad in [["--max-cost", "-5"], ["--budget", "£100", "--max-cost", "€20"]] {
      let r = try ConfettiProcess.run(["ideas"] + bad)
      #expect(r.status == 64, "\(bad): \(r.errorText)")
    }
  }

  @Test func offsetPagesThroughTheSameList() throws {
    let base = ["ideas", "--team-size", "12", "--budget", "400"]
    let all = try Self.record(base + ["--limit", "10"])
    let first = try Self.record(base + ["--limit", "5"])
    let second = try Self.record(base + ["--limit", "5", "--offset", "5"])
    #expect(Self.ids(all).count == 10)
    #expect(Self.ids(first) + Self.ids(second) == Self.ids(all))
    #expect(second["offset"] as? Int == 5)
    #expect(first["offset"] == nil)
    let total = try #require(all["total_matches"] as? Int)
    #expect(second["total_matches"] as? Int == total)
    #expect((second["reply"] as? String ?? "").contains("(6–10 of \(total))"))
    // The last page is short; past the end the list is empty and the reply says how many fit.
    let last = try Self.record(base + ["--limit", "5", "--offset", String(total - 2)])
    #expect(Self.ids(last).count == 2)
    let past = try Self.record(base + ["--offset", String(total)])
    #expect(Self.ids(past).isEmpty)
    #expect(past["offset"] as? Int == total)
    #expect((past["reply"] as? String ?? "").contains("That's all \(total) ideas"))
    let text = try ConfettiProcess.run(base + ["--offset", "5", "--limit", "2"])
    #expect(text.text.contains("6. ") && text.text.contains("7. ") && !text.text.contains("8. "))
  }
}

/// The README's synopsis of `ideas` and `plan` names the options `--help` lists, no more and no fewer.
@Suite struct SynopsisTests {
  /// The options in the OPTIONS section of `confetti COMMAND --help` (aliases, --help and --version aside).
  static func helpOptions(_ command: String) throws -> Set<String> {
    let r = try ConfettiProcess.run([command, "--help"], environment: ["COLUMNS": "200"])
    let options = try #require(r.text.range(of: "OPTIONS:"))
    var found: Set<String> = []
    for line in r.text[options.upperBound...].split(separator: "\n") {
      let trimmed = line.drop { $0 == " " }
      guard line.hasPrefix("  "), trimmed.hasPrefix("-") else { continue }
      // "--catalogue, --catalog <file>": the first long name; "-h, --help" is left out.
      if let long = trimmed.split(separator: " ").first(where: { $0.hasPrefix("--") }) {
        let name = long.trimmingCharacters(in: CharacterSet(charactersIn: ","))
        if name != "--help" && name != "--version" { found.insert(name) }
      }
    }
    return found
  }

  /// The options in the README's synopsis of `confetti COMMAND` (its line and continuation lines).
  static func readmeOptions(_ command: String) throws -> Set<String> {
    let url = ConfettiProcess.packageRoot.appendingPathComponent("README.md")
    let lines = try String(contentsOf: url, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false)
    let start = try #require(lines.firstIndex { $0.hasPrefix("confetti \(command) [") })
    var text = ""
    var k = start
    repeat {
      text += lines[k] + " "
      k += 1
    } while lines[k - 1].hasSuffix("\\")
    return flags(in: text)
  }

  /// Every `--option` named in `text`.
  static func flags(in text: String) -> Set<String> {
    let regex = try! NSRegularExpression(pattern: "--[a-z][a-z-]*")
    let range = NSRange(text.startIndex..., in: text)
    return Set(regex.matches(in: text, range: range).map { String(text[Range($0.range, in: text)!]) })
  }

  @Test(arguments: ["ideas", "plan"])
  func readmeSynopsisAgreesWithHelp(_ command: String) throws {
    let help = try Self.helpOptions(command)
    #expect(help.count > 8, "\(help)")
    // Its own USAGE lines (written by hand) name them all too.
    let r = try ConfettiProcess.run([command, "--help"], environment: ["COLUMNS": "200"])
    let usage = try #require(
      r.text.range(of: "USAGE:").flatMap { u in
        r.text.range(of: "OPTIONS:").map { u.upperBound..<$0.lowerBound }
      })
    #expect(Self.flags(in: String(r.text[usage])) == help)
    let readme = try Self.readmeOptions(command)
    #expect(
      readme == help, "README only: \(readme.subtracting(help)); --help only: \(help.subtracting(readme))")
  }
}
