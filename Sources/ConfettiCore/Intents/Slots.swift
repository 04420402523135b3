/// The typed slot values of one line.
///
/// ```swift
/// var slots = Slots()
/// slots.teamSize = 12
/// slots.budget = .usd(300)
/// ```
public struct Slots: Sendable, Equatable {
  public var teamSize: Int?
  public var budget: Money?
  public var budgetMin: Money?
  public var budgetPerPerson: Money?
  public var audience: Audience?
  public var format: Format?
  public var theme: Theme?
  public var idea: String?
  /// Kinds of idea asked for, in order of mention, without repeats.
  public var kinds: [Kind] = []
  public var day: WorkDay?
  public var year: Int?
  public var ordinal: Int?
  public var filename: String?
  /// True when an existing export file may be replaced.
  public var overwrite = false

  public init() {}

  /// Slots from entities (the first of each slot wins), keeping only `allowed` ones.
  public init(entities: [Entity], allowed: Set<SlotName>) {
    for e in entities where allowed.contains(e.slot) {
      set(e.slot, e.value, onlyIfEmpty: true)
    }
  }

  public var isEmpty: Bool { self == Slots() }

  mutating func set(_ slot: SlotName, _ value: Entity.Value, onlyIfEmpty: Bool) {
    switch (slot, value) {
    case (.teamSize, .int(let v)): if teamSize == nil || !onlyIfEmpty { teamSize = v }
    case (.year, .int(let v)): if year == nil || !onlyIfEmpty { year = v }
    case (.ordinal, .int(let v)): if ordinal == nil || !onlyIfEmpty { ordinal = v }
    case (.budget, .money(let m)): if budget == nil || !onlyIfEmpty { budget = m }
    case (.budgetMin, .money(let m)): if budgetMin == nil || !onlyIfEmpty { budgetMin = m }
    case (.budgetPerPerson, .money(let m)): if budgetPerPerson == nil || !onlyIfEmpty { budgetPerPerson = m }
    case (.audience, .text(let s)): if audience == nil || !onlyIfEmpty { audience = Audience(rawValue: s) }
    case (.format, .text(let s)): if format == nil || !onlyIfEmpty { format = Format(rawValue: s) }
    case (.theme, .text(let s)): if theme == nil || !onlyIfEmpty { theme = Theme(rawValue: s) }
    case (.idea, .text(let s)): if idea == nil || !onlyIfEmpty { idea = s }
    case (.kinds, .text(let s)):
      if let k = Kind(rawValue: s), !kinds.contains(k) { kinds.append(k) }
    case (.kinds, .list(let list)):
      for s in list { set(.kinds, .text(s), onlyIfEmpty: onlyIfEmpty) }
    case (.day, .text(let s)): if day == nil || !onlyIfEmpty { day = WorkDay(rawValue: s) }
    case (.filename, .text(let s)): if filename == nil || !onlyIfEmpty { filename = s }
    case (.overwrite, .flag): overwrite = true
    default: break
    }
  }

  /// The filled slots as (name, value) pairs in a stable order, for rendering and evaluation.
  public var pairs: [(SlotName, Entity.Value)] {
    var out: [(SlotName, Entity.Value)] = []
    if let v = teamSize { out.append((.teamSize, .int(v))) }
    if let v = budget { out.append((.budget, .money(v))) }
    if let v = budgetMin { out.append((.budgetMin, .money(v))) }
    if let v = budgetPerPerson { out.append((.budgetPerPerson, .money(v))) }
    if let v = audience { out.append((.audience, .text(v.rawValue))) }
    if let v = format { out.append((.format, .text(v.rawValue))) }
    if let v = theme { out.append((.theme, .text(v.rawValue))) }
    if let v = idea { out.append((.idea, .text(v))) }
    if !kinds.isEmpty { out.append((.kinds, .list(kinds.map(\.rawValue)))) }
    if let v = day { out.append((.day, .text(v.rawValue))) }
    if let v = year { out.append((.year, .int(v))) }
    if let v = ordinal { out.append((.ordinal, .int(v))) }
    if let v = filename { out.append((.filename, .text(v))) }
    if overwrite { out.append((.overwrite, .flag)) }
    return out
  }
}
