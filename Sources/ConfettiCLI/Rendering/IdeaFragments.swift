import ConfettiCore
import Synchronization

/// An idea's fixed JSON fields, written once per idea and reused in every record that shows
/// it: `"id",…,"tags":[…]` before the priced fields and `"summary",…,"cautions":[…]` after
/// them (runs of fields, without braces). Only the tier, its formats and the cost are written
/// per answer.
struct IdeaFragments: Sendable {
  let idea: Idea
  let head: [UInt8]
  let tail: [UInt8]

  init(_ i: Idea) {
    idea = i
    head = IdeaFragments.fields { JSONRenderer.headFields(i, to: &$0) }
    tail = IdeaFragments.fields { JSONRenderer.tailFields(i, to: &$0) }
  }

  /// The fields `body` writes, as a run without the object's braces.
  private static func fields(_ body: (inout JSONWriter) -> Void) -> [UInt8] {
    var w = JSONWriter()
    w.beginObject()
    body(&w)
    w.endObject()
    return Array(w.bytes.dropFirst().dropLast())
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
