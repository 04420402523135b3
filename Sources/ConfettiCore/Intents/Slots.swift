/// Slot values, each checked against the slot table (``SlotName/row``): what one line said,
/// or (in ``Constraints``) what is in force. Typed views read and write the values.
///
/// ```swift
/// var slots = Slots()
/// slots.teamSize = 12
/// slots.budget = .usd(300)
/// slots.pairs.map(\.0)  // [.teamSize, .budget]
/// ```
public struct Slots: Sendable, Equatable {
  /// The values by slot position (``SlotName/position``); empty until a value is set.
  private var storage: [Entity.Value?] = []

  public init() {}

  /// Slots from entities (the first of each slot wins; lists gather), keeping only `allowed` ones.
  public init(entities: [Entity], allowed: Set<SlotName>) {
    for e in entities where allowed.contains(e.slot) { add(e.slot, e.value) }
  }

  public var isEmpty: Bool { !storage.contains { $0 != nil } }

  /// A slot's value; setting one the table refuses (an unknown audience) leaves the slot empty.
  public subscript(slot: SlotName) -> Entity.Value? {
    get {
      let i = slot.position
      return i < storage.count ? storage[i] : nil
    }
    set {
      let value = newValue.flatMap { slot.problem(with: $0) == nil ? $0 : nil }
      let i = slot.position
      if i >= storage.count {
        guard value != nil else { return }
        storage = Array(repeating: nil, count: SlotName.allCases.count)
      }
      storage[i] = value
    }
  }

  public static func == (lhs: Slots, rhs: Slots) -> Bool {
    SlotName.allCases.allSatisfy { lhs[$0] == rhs[$0] }
  }

  /// Adds a value found in a line: the first of a slot wins; a list gathers items without repeats.
  mutating func add(_ slot: SlotName, _ value: Entity.Value) {
    guard slot.row.kind == .list else {
      if self[slot] == nil { self[slot] = value }
      return
    }
    var items = self[slot]?.list ?? []
    for item in value.list ?? value.text.map({ [$0] }) ?? [] where !items.contains(item) {
      items.append(item)
    }
    if !items.isEmpty { self[slot] = .list(items) }
  }

  /// The filled slots as (name, value) pairs in table order, for rendering and evaluation.
  public var pairs: [(SlotName, Entity.Value)] {
    SlotName.allCases.compactMap { name in self[name].map { (name, $0) } }
  }

  // MARK: Typed views

  public var teamSize: Int? {
    get { self[.teamSize]?.int }
    set { self[.teamSize] = newValue.map { .int($0) } }
  }
  public var budget: Money? {
    get { self[.budget]?.money }
    set { self[.budget] = newValue.map { .money($0) } }
  }
  public var budgetMin: Money? {
    get { self[.budgetMin]?.money }
    set { self[.budgetMin] = newValue.map { .money($0) } }
  }
  public var budgetPerPerson: Money? {
    get { self[.budgetPerPerson]?.money }
    set { self[.budgetPerPerson] = newValue.map { .money($0) } }
  }
  public var audience: Audience? {
    get { self[.audience]?.text.flatMap(Audience.init(rawValue:)) }
    set { self[.audience] = newValue.map { .text($0.rawValue) } }
  }
  public var format: Format? {
    get { self[.format]?.text.flatMap(Format.init(rawValue:)) }
    set { self[.format] = newValue.map { .text($0.rawValue) } }
  }
  public var theme: Theme? {
    get { self[.theme]?.text.flatMap(Theme.init(rawValue:)) }
    set { self[.theme] = newValue.map { .text($0.rawValue) } }
  }
  /// An idea's catalogue id.
  public var idea: String? {
    get { self[.idea]?.text }
    set { self[.idea] = newValue.map { .text($0) } }
  }
  /// Kinds of idea asked for, in order of mention, without repeats.
  public var kinds: [Kind] {
    get { self[.kinds]?.list?.compactMap(Kind.init(rawValue:)) ?? [] }
    set { self[.kinds] = Slots.list(newValue) }
  }

  /// A list value of kinds, or nil for none.
  static func list(_ kinds: [Kind]) -> Entity.Value? { kinds.isEmpty ? nil : .list(kinds.map(\.rawValue)) }

  /// Kinds of idea to leave out.
  public var withoutKinds: [Kind] {
    get { self[.withoutKinds]?.list?.compactMap(Kind.init(rawValue:)) ?? [] }
    set { self[.withoutKinds] = Slots.list(newValue) }
  }
  /// Catalogue ids of ideas left out ("skip the cookout").
  public var withoutIdeas: [String] {
    get { self[.withoutIdeas]?.list ?? [] }
    set { self[.withoutIdeas] = newValue.isEmpty ? nil : .list(newValue) }
  }
  public var day: WorkDay? {
    get { self[.day]?.text.flatMap(WorkDay.init(rawValue:)) }
    set { self[.day] = newValue.map { .text($0.rawValue) } }
  }
  public var year: Int? {
    get { self[.year]?.int }
    set { self[.year] = newValue.map { .int($0) } }
  }
  public var ordinal: Int? {
    get { self[.ordinal]?.int }
    set { self[.ordinal] = newValue.map { .int($0) } }
  }
  public var filename: String? {
    get { self[.filename]?.text }
    set { self[.filename] = newValue.map { .text($0) } }
  }
  /// True when an existing export file may be replaced.
  public var overwrite: Bool {
    get { self[.overwrite] != nil }
    set { self[.overwrite] = newValue ? .flag : nil }
  }
}
