import ConfettiCore
import Synchronization

/// An idea's fixed JSON fields, serialised once per idea and reused in every record that
/// shows it: `{"id",…,"tags":[…],` before the priced fields and `"summary",…,"cautions":[…]}`
/// after them. Only the tier, its formats and the cost are written per answer.
struct IdeaFragments: Sendable {
  let idea: Idea
  let head: [UInt8]
  let tail: [UInt8]

  init(_ i: Idea) {
    idea = i
    var head: [UInt8] = []
    JSONValue.object(JSONRenderer.headFields(i)).write(into: &head)
    head[head.count - 1] = UInt8(ascii: ",")  // the object goes on
    var tail: [UInt8] = []
    JSONValue.object(JSONRenderer.tailFields(i)).write(into: &tail)
    tail[0] = UInt8(ascii: ",")  // it continues an object
    self.head = head
    self.tail = tail
  }

  /// Fragments by idea id; an entry is used only for the very idea it was made from (a user
  /// catalogue may give an id other content).
  private static let cache = Mutex<[String: IdeaFragments]>([:])

  static func of(_ idea: Idea) -> IdeaFragments {
    if let hit = cache.withLock({ $0[idea.id] }), hit.idea == idea { return hit }
    let made = IdeaFragments(idea)
    cache.withLock { $0[idea.id] = made }
    return made
  }
}
