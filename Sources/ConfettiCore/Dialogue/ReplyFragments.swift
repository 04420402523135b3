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
  let head: String
  let summary: String

  init(_ idea: Idea) {
    head = ReplyComposer.ideaHead(idea)
    summary = ReplyComposer.summaryLine(idea)
  }

  // Kept for speed: removing it with Idea's box, the fragment caches and the Constraints views cost +87.6 % of `make bench-check` (800.1M → 1,501.0M).
  private static let cache = IdeaCache<ReplyFragments>()

  static func of(_ idea: Idea) -> ReplyFragments { cache.value(for: idea, make: ReplyFragments.init) }
}
