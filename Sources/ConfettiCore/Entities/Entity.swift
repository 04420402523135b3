/// A slot value found in a question, with where it was found.
///
/// ```swift
/// let parser = EntityParser(lexicon: .builtin(catalogue: .builtin))
/// let e = parser.parse("ideas for 12 people", today: today).entities[0]
/// e.slot   // .teamSize
/// e.value  // .int(12)
/// e.start  // 10, e.end 12: the characters "12"
/// ```
public struct Entity: Sendable, Equatable {
  /// A slot value of the type its slot needs.
  public enum Value: Sendable, Equatable, Hashable {
    case int(Int)
    case money(Money)
    case text(String)
    /// Several values of one slot, in order of mention (the `kinds` slot).
    case list([String])
    /// A word that is there or not ("overwrite").
    case flag
  }

  public var slot: SlotName
  public var value: Value
  /// Character offsets of the words that gave the value, in the original text.
  public var start: Int
  public var end: Int
  /// The tokens the entity (and any words that marked it, such as "people") took up.
  public var tokens: Range<Int>

  public init(slot: SlotName, value: Value, start: Int, end: Int, tokens: Range<Int>) {
    self.slot = slot
    self.value = value
    self.start = start
    self.end = end
    self.tokens = tokens
  }
}

extension Entity.Value {
  /// The whole number, if this is one.
  public var int: Int? {
    if case .int(let i) = self { return i }
    return nil
  }

  /// The amount, if this is money.
  public var money: Money? {
    if case .money(let m) = self { return m }
    return nil
  }

  /// The string, if this is text.
  public var text: String? {
    if case .text(let s) = self { return s }
    return nil
  }

  /// The items, if this is a list.
  public var list: [String]? {
    if case .list(let items) = self { return items }
    return nil
  }
}
