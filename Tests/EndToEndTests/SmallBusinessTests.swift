import Foundation
import Testing

/// A small business through the binary (issue 25): ideas and plans that need nothing a small shop
/// lacks, costs sized for a handful of people, and tier names that never say free for money.
@Suite struct SmallBusinessTests {
  static func ideas(of record: [String: Any]) -> [[String: Any]] {
    if let list = record["ideas"] as? [[String: Any]] { return list }
    let days = (record["plan"] as? [String: Any])?["days"] as? [[String: Any]] ?? []
    return days.flatMap { $0["ideas"] as? [[String: Any]] ?? [] }
  }

  static func needs(_ idea: [String: Any]) -> [String] { idea["needs"] as? [String] ?? ["?"] }

  @Test func aSmallShopsPlanNeedsNothingItLacks() throws {
    let r = try ScriptFlagsTests.record(["plan", "--team-size", "5", "--budget", "60", "--small-business"])
    let context = try #require(r["context"] as? [String: Any])
    #expect(
      Set(context["without_needs"] as? [String] ?? [])
        == ["management_layer", "other_departments", "meeting_room", "closing", "time_off_floor"])
    let planned = Self.ideas(of: r)
    #expect(!planned.isEmpty)
    for idea in planned {
      #expect(Self.needs(idea).isEmpty, "\(idea["id"] ?? "?") needs \(Self.needs(idea))")
    }
    let plan = try #require(r["plan"] as? [String: Any])
    #expect((ScriptFlagsTests.money(plan["total_cost"])?.amount ?? 1e9) <= 60)
    #expect((r["reply"] as? String ?? "").contains("for a small business"))
  }

  @Test func withoutTheFlagTheSameWeekMayNeedMore() throws {
    // The catalogue has ideas that need a management layer or other departments, and a list for
    // a bigger team shows some: the flag, not the catalogue, keeps them out above.
    let r = try ScriptFlagsTests.record(["ideas", "--team-size", "40", "--limit", "104"])
    #expect(Self.ideas(of: r).contains { !Self.needs($0).isEmpty })
    let small = try ScriptFlagsTests.record(
      ["ideas", "--team-size", "6", "--budget", "75", "--small-business", "--limit", "104"])
    let shown = Self.ideas(of: small)
    #expect(shown.count >= 10)
    for idea in shown {
      #expect(Self.needs(idea).isEmpty, "\(idea["id"] ?? "?") needs \(Self.needs(idea))")
    }
  }

  @Test func aTeamThatCannotCloseGetsNoIdeaThatCloses() throws {
    let r = try ScriptFlagsTests.record(
      ["ideas", "--team-size", "12", "--without-need", "closing", "--limit", "104"])
    let shown = Self.ideas(of: r)
    #expect(!shown.isEmpty)
    for idea in shown { #expect(!Self.needs(idea).contains("closing"), "\(idea["id"] ?? "?")") }
    #expect(shown.contains { !Self.needs($0).isEmpty }, "other needs are still allowed")
    // Asked for by name, an idea that closes says why it is out.
    let named = try ScriptFlagsTests.record(
      ["ideas", "--team-size", "12", "--without-need", "closing", "--query", "a volunteer day"])
    let status = try #require(named["named"] as? [String: Any])
    #expect(status["fits"] as? Bool == false)
    #expect(status["reason"] as? String == "without_needs")
    #expect(status["need"] as? String == "closing")
  }

  @Test func anUnknownNeedIsRefusedWithTheList() throws {
    let r = try ConfettiProcess.run(["ideas", "--without-need", "parking"])
    #expect(r.status == 64)
    #expect(r.errorText.contains("management_layer"), "\(r.errorText)")
  }

  @Test func fixedCostsShrinkForASmallTeam() throws {
    // Bingo prizes are estimated for twenty: six people pay their share of the pool.
    let r = try ScriptFlagsTests.record(["ideas", "--team-size", "6", "--budget", "40", "--query", "bingo"])
    let bingo = try #require(Self.ideas(of: r).first { $0["id"] as? String == "virtual-bingo" })
    #expect(bingo["tier"] as? String == "prizes")
    #expect(ScriptFlagsTests.money(bingo["estimated_cost"])?.amount == 24)
    #expect(bingo["cost_breakdown"] as? String == "$1/person × 6 + $18 = $24")
    // For a team of twenty or more the whole pool is paid.
    let big = try ScriptFlagsTests.record([
      "ideas", "--team-size", "30", "--budget", "500", "--query", "bingo",
    ])
    let pool = try #require(Self.ideas(of: big).first { $0["id"] as? String == "virtual-bingo" })
    #expect(pool["tier"] as? String == "prizes")
    #expect(ScriptFlagsTests.money(pool["estimated_cost"])?.amount == 90)
  }

  @Test func aTierCalledFreeCostsNothing() throws {
    let r = try ScriptFlagsTests.record(["ideas", "--team-size", "8", "--limit", "104"])
    for idea in Self.ideas(of: r) {
      let tier = (idea["tier"] as? String ?? "").lowercased()
      guard tier.split(whereSeparator: { !$0.isLetter }).contains("free") else { continue }
      #expect(ScriptFlagsTests.money(idea["estimated_cost"])?.amount == 0, "\(idea["id"] ?? "?"): \(tier)")
    }
  }
}
