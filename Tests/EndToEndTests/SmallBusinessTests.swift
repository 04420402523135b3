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
    // Asked for by name, an idea that closes is shown anyway, first, with a caution: the person
    // named it, so the needs rule does not drop it.
    let named = try ScriptFlagsTests.record(
      ["ideas", "--team-size", "12", "--without-need", "closing", "--query", "a volunteer day"])
    let status = try #require(named["named"] as? [String: Any])
    #expect(status["id"] as? String == "volunteer-day")
    #expect(status["fits"] as? Bool == true)
    let first = try #require(Self.ideas(of: named).first)
    #expect(first["id"] as? String == "volunteer-day")
    #expect(Self.needs(first).contains("closing"))
    for idea in Self.ideas(of: named).dropFirst() { #expect(!Self.needs(idea).contains("closing")) }
    let reply = named["reply"] as? String ?? ""
    #expect(
      reply.contains("Volunteer Day needs the doors closed for a while, which you said you lack"), "\(reply)")
  }

  /// A small shop that names an idea needing what it lacks, or describes one in its own words,
  /// gets it with a caution in the list and in the plan; every other idea still needs nothing.
  @Test func anIdeaAskedForIsShownWithACaution() throws {
    let records = try KeepingTrackTests.records([
      "some playful training games for my salon, 6 of us",
      "plan the week on $100",
      "start over",
      "our garage is 4 people, could we join a charity clean-up with some of our customers?",
    ])
    // Named ("training games" is Fun Training Sessions, which needs a meeting room).
    let list = records[0]
    #expect(Set(KeepingTrackTests.context(list)["without_needs"] as? [String] ?? []).count == 5)
    #expect((list["named"] as? [String: Any])?["fits"] as? Bool == true)
    let shown = Self.ideas(of: list)
    #expect(shown.first?["id"] as? String == "fun-training-session")
    #expect(shown.first.map(Self.needs) == ["meeting_room"])
    for idea in shown.dropFirst() { #expect(Self.needs(idea).isEmpty, "\(idea["id"] ?? "?")") }
    let caution = "Fun Training Sessions needs a meeting room, which a small shop may not have"
    #expect(
      (list["reply"] as? String ?? "").contains(caution + "; it is in the list because you asked for it."))
    // The plan keeps it, says so, and holds nothing else that needs what the shop lacks.
    let plan = records[1]
    let planned = Self.ideas(of: plan)
    #expect(planned.contains { $0["id"] as? String == "fun-training-session" })
    for idea in planned where idea["id"] as? String != "fun-training-session" {
      #expect(Self.needs(idea).isEmpty, "\(idea["id"] ?? "?") needs \(Self.needs(idea))")
    }
    #expect(
      (plan["reply"] as? String ?? "").contains(caution + "; it is in the plan because you asked for it."))
    // Described, not named: the charity clean-up is Community Partnership (time off the floor).
    let described = records[3]
    #expect(described["named"] == nil)
    #expect(Self.ideas(of: described).first?["id"] as? String == "community-partnership")
    #expect((described["reply"] as? String ?? "").contains("Community Partnership needs time off the floor"))
  }

  /// True when `idea` (a record's idea) can be run with everyone in the shop: an in-person format,
  /// and a tier that works in person.
  static func worksOnSite(_ idea: [String: Any]) -> Bool {
    (idea["formats"] as? [String] ?? []).contains("in_person")
      && (idea["tier_formats"] as? [String] ?? []).contains("in_person")
  }

  /// A small business works where its customers come: with no format asked for, its ideas and
  /// plans hold nothing remote-only and no video-call tier, and no paid time off the others must
  /// cover; asking for remote brings the remote ideas back, and an idea it names is still shown.
  @Test func aSmallBusinessWorksOnSite() throws {
    for budget in ["0", "75"] {
      let r = try ScriptFlagsTests.record([
        "ideas", "--team-size", "5", "--budget", budget, "--small-business", "--limit", "104",
      ])
      let shown = Self.ideas(of: r)
      #expect(shown.count >= 10)
      for idea in shown {
        #expect(Self.worksOnSite(idea), "\(idea["id"] ?? "?") (\(idea["tier"] ?? "?"))")
        #expect(Self.needs(idea).isEmpty, "\(idea["id"] ?? "?") needs \(Self.needs(idea))")
      }
    }
    let remote = try ScriptFlagsTests.record([
      "ideas", "--team-size", "5", "--budget", "0", "--small-business", "--format", "remote", "--limit",
      "104",
    ])
    #expect(Self.ideas(of: remote).contains { !($0["formats"] as? [String] ?? []).contains("in_person") })
    let records = try KeepingTrackTests.records([
      "plan a week for my little bakery, there are 6 of us and no budget",
      "start over",
      "a split personality call for my salon, 4 of us",
    ])
    let planned = Self.ideas(of: records[0])
    #expect(!planned.isEmpty)
    for idea in planned {
      #expect(Self.worksOnSite(idea), "\(idea["id"] ?? "?") (\(idea["tier"] ?? "?"))")
      #expect(Self.needs(idea).isEmpty, "\(idea["id"] ?? "?") needs \(Self.needs(idea))")
    }
    let named = try #require(records[2]["named"] as? [String: Any])
    #expect(named["id"] as? String == "split-personality-call")
    #expect(named["fits"] as? Bool == true)
  }

  /// Paid time off that the rest of the team covers (a longer break, an early finish, a day off)
  /// is time off the floor: a shop that cannot spare anyone gets none of it.
  @Test func paidTimeOffNeedsCover() throws {
    let r = try ScriptFlagsTests.record([
      "ideas", "--team-size", "30", "--query", "a longer lunch break for everyone", "--limit", "3",
    ])
    let first = try #require(Self.ideas(of: r).first)
    #expect(Self.needs(first) == ["time_off_floor"], "\(first["id"] ?? "?")")
    let spared = try ScriptFlagsTests.record([
      "ideas", "--team-size", "30", "--without-need", "time_off_floor", "--tag", "wellness", "--limit", "104",
    ])
    let wellness = Self.ideas(of: spared)
    #expect(!wellness.isEmpty)
    for idea in wellness { #expect(!Self.needs(idea).contains("time_off_floor"), "\(idea["id"] ?? "?")") }
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
