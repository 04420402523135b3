import ConfettiCore

/// An idea's fixed JSON fields, written once per idea and reused in every record that shows
/// it: `"id",…,"tags":[…]` before the priced fields and `"summary",…,"cautions":[…]` after
/// them (runs of fields, without braces). Only the tier, its formats and the cost are written
/// per answer.
struct IdeaFragments: Sendable {
  let head: [UInt8]
  let tail: [UInt8]

  init(_ i: Idea) {
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

  // Kept for speed: removing it with Idea's box, the fragment caches and the Constraints views cost +87.6 % of `make bench-check` (800.1M → 1,501.0M).
  private static let cache = IdeaCache<IdeaFragments>()

  static func of(_ idea: Idea) -> IdeaFragments { cache.value(for: idea, make: IdeaFragments.init) }
}
