/// Turns a kind of idea said with a negation into a kind to leave out: "no food", "without
/// music", "anything that doesn't involve food", "games but nothing with drinks", "anything but
/// sports". "not just food" widens rather than leaves out, so it stays a kind asked for.
///
/// It runs after ``PhraseGrammar`` has found the kinds, and looks back from each over a few
/// bridging words ("any", "involve", "with") for a negation.
enum NegationGrammar {
  static func apply(_ scan: inout EntityScan) {
    for k in scan.entities.indices where scan.entities[k].slot == .kinds {
      if negated(scan, before: scan.entities[k].tokens.lowerBound) {
        scan.entities[k].slot = .withoutKinds
      }
    }
  }

  /// True when a negation stands before token `start`, with at most three bridging words between.
  static func negated(_ scan: EntityScan, before start: Int) -> Bool {
    var i = start - 1
    while i >= 0, start - i <= 4, let w = scan.text(i) {
      if WordLists.negations.contains(w) {
        return !(scan.text(i + 1).map { ["just", "only", "merely"].contains($0) } ?? false)
      }
      if w == "but", let before = scan.text(i - 1), ["anything", "everything", "all"].contains(before) {
        return true
      }
      guard WordLists.negationBridges.contains(w) else { return false }
      i -= 1
    }
    return false
  }
}
