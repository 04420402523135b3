import ConfettiCore
import Foundation
import Testing

@testable import ConfettiCLI
@testable import ConfettiSession

/// The slot table drives the slots, the context, the JSON and the intents' slots: a slot added
/// to the table shows up in each without another edit.
@Suite struct SlotTableTests {
  /// A value the table accepts for `slot`.
  static func sample(_ slot: SlotName) -> Entity.Value {
    let row = slot.row
    switch row.kind {
    case .integer: return .int(3)
    case .money: return .money(.usd(5))
    case .text: return .text(row.values?.first ?? "plan.md")
    // Kinds wanted and kinds left out take different samples: one kind cannot be both.
    case .list: return .list([(slot == .withoutKinds ? row.values?.last : row.values?.first) ?? "x"])
    case .flag: return .flag
    }
  }

  /// The keys of the object `body` writes.
  static func keys(_ body: (inout JSONWriter) -> Void) throws -> Set<String> {
    var out: [UInt8] = []
    JSONWriter.write(into: &out, body)
    let object = try JSONSerialization.jsonObject(with: Data(out)) as? [String: Any]
    return Set(try #require(object).keys)
  }

  @Test func everySlotReachesSlotsJSONAndContextByTheTable() throws {
    var line = Slots()
    for slot in SlotName.allCases {
      line[slot] = Self.sample(slot)
      #expect(line[slot] == Self.sample(slot), "\(slot) refused its own sample")
      #expect(slot.problem(with: Self.sample(slot)) == nil)
    }
    #expect(line.pairs.map(\.0) == SlotName.allCases)
    #expect(try Self.keys { JSONRenderer.slots(line, to: &$0) } == Set(SlotName.allCases.map(\.rawValue)))
    // Every constraint of the table is reached by an edit through the one apply, and shown in `context`.
    var state = DialogueState()
    let changed = state.apply(SlotName.allCases.compactMap(Self.edit))
    let constraints = SlotName.allCases.filter(\.row.isConstraint)
    #expect(
      try Self.keys { JSONRenderer.context(state.constraints, to: &$0) } == Set(constraints.map(\.rawValue)))
    #expect(Set(changed) == Set(constraints))
  }

  /// An edit that sets `slot`, or nil for the slots no conversation keeps. The switch is exhaustive,
  /// so a new slot needs its edit here.
  static func edit(_ slot: SlotName) -> Edit? {
    switch slot {
    case .teamSize: return .teamSize(.set(12))
    case .budget: return .budget(.range(Edit.Amount(100, currency: .usd), Edit.Amount(300, currency: nil)))
    case .budgetMin: return nil  // set with the budget's range
    case .budgetPerPerson: return .budget(.perPerson(Edit.Amount(20, currency: .usd)))
    case .audience: return .audience(.customers, .wanted)
    case .format: return .format(.remote, .wanted)
    case .theme: return .theme(.educate)
    case .idea: return .idea("cookout", .wanted)
    case .kinds: return .kind(.food, .wanted)
    case .day: return .day(.friday)
    case .year: return .year(2027)
    case .withoutKinds: return .kind(.music, .excluded)
    case .withoutIdeas: return .idea("raffle", .excluded)
    case .ordinal, .filename, .overwrite: return nil
    }
  }

  @Test(arguments: Intent.allCases)
  func anIntentKeepsTheSlotsTheTableGivesIt(_ intent: Intent) {
    let entities = SlotName.allCases.enumerated().map { i, slot in
      Entity(slot: slot, value: Self.sample(slot), start: i, end: i + 1, tokens: i..<(i + 1))
    }
    let kept = Set(Slots(entities: entities, allowed: intent.allowedSlots).pairs.map(\.0))
    #expect(kept == Set(SlotName.allCases.filter { $0.row.intents.contains(intent) }))
  }

  /// Slots are stored by position, so each slot's position is its place in the table and
  /// slots compare, hash and sort by it.
  @Test func aSlotsPositionIsItsPlaceInTheTable() {
    #expect(SlotName.allCases.map(\.position) == Array(SlotName.allCases.indices))
    #expect(SlotName.allCases.sorted(by: >).reversed().elementsEqual(SlotName.allCases))
    #expect(Set(SlotName.allCases).count == SlotName.allCases.count)
    var a = Slots()
    a.teamSize = 12
    a.teamSize = nil
    #expect(a == Slots() && a.isEmpty)
  }

  @Test func valuesOutsideAClosedSetAreRefused() {
    var s = Slots()
    s[.audience] = .text("everyone")
    #expect(s.audience == nil && s.isEmpty)
    #expect(SlotName.audience.problem(with: .text("everyone"))?.contains("employees") == true)
    #expect(SlotName.teamSize.problem(with: .text("ten")) == "must be a whole number")
  }
}
