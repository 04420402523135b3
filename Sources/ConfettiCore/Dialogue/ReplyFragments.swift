import Synchronization

/// An idea's fixed lines in a list of ideas, composed once per idea by ``ReplyComposer`` and
/// reused in every list that shows it: what follows its number ("Cookout — Celebrate ·
/// employees · in person") and its summary line with citations. Only the number and the
/// priced line are composed per answer.
///
/// ```swift
/// let lines = ReplyFragments.of(idea)
/// "1. " + lines.head  // "1. Cookout — Celebrate · employees · in person/hybrid"
/// ```
struct ReplyFragments: Sendable {
  let idea: Idea
  let head: String
  let summary: String

  init(_ idea: Idea) {
    self.idea = idea
    head = ReplyComposer.ideaHead(idea)
    summary = ReplyComposer.summaryLine(idea)
  }

  /// Fragments by idea id; an entry is used only for the very idea it was made from (a user
  /// catalogue may give an id other content).
  private static let cache = Mutex<[String: ReplyFragments]>([:])

  static func of(_ idea: Idea) -> ReplyFragments {
    if let hit = cache.withLock({ $0[idea.id] }), hit.idea == idea { return hit }
    let made = ReplyFragments(idea)
    cache.withLock { $0[idea.id] = made }
    return made
  }
}
