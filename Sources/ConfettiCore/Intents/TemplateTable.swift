/// The deterministic parser's templates: sentences with entity placeholders,
/// each with its intent, kept sorted so a look-up is a binary search and
/// loading costs nothing.
///
/// ```swift
/// let table = TemplateTable(["ideas for <team_size> people": .suggestIdeas])
/// table.intent(for: "ideas for <team_size> people")  // .suggestIdeas
/// ```
public struct TemplateTable: Sendable {
  public let keys: [String]
  public let intents: [Intent]

  /// `sortedKeys` must be sorted ascending and parallel to `intents`.
  public init(sortedKeys: [String], intents: [Intent]) {
    precondition(sortedKeys.count == intents.count)
    self.keys = sortedKeys
    self.intents = intents
  }

  public init(_ map: [String: Intent]) {
    let sorted = map.sorted { $0.key < $1.key }
    self.init(sortedKeys: sorted.map(\.key), intents: sorted.map(\.value))
  }

  public var count: Int { keys.count }

  public func intent(for template: String) -> Intent? {
    var low = 0
    var high = keys.count
    while low < high {
      let mid = (low + high) / 2
      if keys[mid] < template { low = mid + 1 } else { high = mid }
    }
    return low < keys.count && keys[low] == template ? intents[low] : nil
  }
}
