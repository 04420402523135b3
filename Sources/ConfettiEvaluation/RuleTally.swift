/// How many answers each policy rule chose, most used first (answers with no rule left out): the
/// count both the row and the dialogue reports give.
///
/// ```swift
/// RuleTally.counts(["refine", nil, "refine", "more"])  // [("refine", 2), ("more", 1)]
/// ```
enum RuleTally {
  static func counts(_ rules: some Sequence<String?>) -> [(rule: String, count: Int)] {
    var counts: [String: Int] = [:]
    for case let r? in rules { counts[r, default: 0] += 1 }
    return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { (rule: $0.key, count: $0.value) }
  }
}
