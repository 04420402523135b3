import ConfettiCore
import ConfettiSession

/// Tab completion, as a pure function of the text before the cursor.
///
/// Three places are completed, case-insensitively:
/// - after "about ", the rest of the line against idea names (an optional "the " is
///   skipped), so multi-word names complete: "tell me more about the house b" → "…house band";
/// - otherwise the whole line against the command phrases ("plan the w" → "plan the week for ");
/// - otherwise the current word against idea names ("cook" → "cookout").
///
/// When no idea name starts with what was typed, a name with a word that does is found instead
/// (two letters at least): the one such name replaces the typed text ("playl" → "team playlist"),
/// several are listed. Prefix matches always come first.
///
/// A word typed in lower case gets idea names in lower case; command phrases keep their own case.
///
/// ```swift
/// let completer = Completer(ideas: Catalogue.builtin.ideas)
/// completer.complete("tell me more about the house b")  // .insert("and")
/// completer.complete("c")  // .list(["cheaper", "Catered Lunch", …])
/// completer.complete("playl")  // .replace("playl", with: "team playlist")
/// ```
public struct Completer: Sendable {
  /// What Tab should do.
  public enum Result: Equatable, Sendable {
    /// Insert this text at the cursor: the rest of the one match, or what several have in common.
    case insert(String)
    /// Several matches and nothing more in common: show them.
    case list([String])
    /// One idea name matched from a word in its middle: replace `typed` (the text just before the
    /// cursor) with the whole name.
    case replace(String, with: String)
    /// No match (or nothing left to add): beep.
    case none
  }

  /// The fewest characters matched against the middle of a name, so one letter lists no half catalogue.
  static let minimumWithinName = 2

  /// The command phrases offered at the start of a line. A trailing space means "more to type".
  public static let commands = [
    "help", "quit", "bye", "more", "cheaper", "start over", "export the plan to ", "plan the week for ",
    "ideas for ", "when is CSW ", "tell me more about ",
  ]

  struct Candidate: Sendable {
    var text: String
    /// Idea names follow the case of what was typed; commands keep theirs.
    var isIdea: Bool
  }

  let commands: [Candidate]
  let ideas: [Candidate]

  /// Completes `commands` and the given idea names. Catalogue ids are never offered: people
  /// read names ("Shark Tank Pitches"), not ids ("shark-tank").
  public init(commands: [String] = Completer.commands, ideaNames: [String]) {
    self.commands = commands.map { Candidate(text: $0, isIdea: false) }
    var seen = Set<String>()
    self.ideas = ideaNames.filter { seen.insert($0.lowercased()).inserted }.map {
      Candidate(text: $0, isIdea: true)
    }
  }

  /// Completes the names of `ideas`.
  public init(ideas: [Idea]) {
    self.init(ideaNames: ideas.map(\.name).sorted())
  }

  /// What Tab does when `before` is the text before the cursor.
  public func complete(_ before: String) -> Result {
    let line = Array(before.drop { $0.isWhitespace })
    if let start = Completer.lastIndex(of: "about ", in: line) {
      let query = Array(line[start...])
      let direct = Completer.matches(ideas, query)
      if direct.isEmpty, Completer.hasPrefix(query, "the ") {
        return completeIdea(Array(query.dropFirst(4)))
      }
      return direct.isEmpty ? completeWithin(query) : Completer.result(query, direct)
    }
    let byCommand = Completer.matches(commands, line)
    let wordStart = line.lastIndex { $0.isWhitespace }.map { $0 + 1 } ?? 0
    let word = Array(line[wordStart...])
    if wordStart == 0 {
      let byPrefix = byCommand + (word.isEmpty ? [] : Completer.matches(ideas, word))
      return byPrefix.isEmpty ? completeWithin(word) : Completer.result(line, byPrefix)
    }
    if !byCommand.isEmpty { return Completer.result(line, byCommand) }
    if word.isEmpty { return .none }
    return completeIdea(word)
  }

  /// `query` against idea names: by prefix, else from a word in the middle of a name.
  func completeIdea(_ query: [Character]) -> Result {
    let byPrefix = Completer.matches(ideas, query)
    return byPrefix.isEmpty ? completeWithin(query) : Completer.result(query, byPrefix)
  }

  /// `query` against the words after the first of each idea name ("playl" → "Team Playlist"):
  /// one match replaces the query with the whole name, several are listed.
  func completeWithin(_ query: [Character]) -> Result {
    guard query.count >= Completer.minimumWithinName else { return .none }
    var seen = Set<String>()
    let found = ideas.filter { Completer.hasWordPrefix(Array($0.text), query) }
      .filter { seen.insert($0.text.lowercased()).inserted }
    switch found.count {
    case 0:
      return .none
    case 1:
      let lowerCase = query.allSatisfy { !$0.isUppercase }
      return .replace(String(query), with: lowerCase ? found[0].text.lowercased() : found[0].text)
    default:
      return .list(found.map(\.text).sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) })
    }
  }

  /// Lays `items` out in columns that fit `width`, filled down then across, one row per line.
  ///
  /// ```swift
  /// Completer.columns(["a", "bb", "c"], width: 6)  // ["a   c", "bb"]
  /// ```
  public static func columns(_ items: [String], width: Int) -> [String] {
    guard !items.isEmpty else { return [] }
    let cell = (items.map(\.count).max() ?? 0) + 2
    let perRow = max(1, min(items.count, (width + 2) / cell))
    let rows = (items.count + perRow - 1) / perRow
    return (0..<rows).map { row in
      var text = ""
      for column in 0..<perRow {
        let index = column * rows + row
        guard index < items.count else { break }
        let item = items[index]
        let isLast = column == perRow - 1 || (column + 1) * rows + row >= items.count
        text += isLast ? item : item + String(repeating: " ", count: cell - item.count)
      }
      return text
    }
  }

  // MARK: - Matching

  static func matches(_ candidates: [Candidate], _ query: [Character]) -> [Candidate] {
    candidates.filter { hasPrefix(Array($0.text), query) }
  }

  static func result(_ query: [Character], _ found: [Candidate]) -> Result {
    var seen = Set<String>()
    let unique = found.filter { seen.insert($0.text.lowercased()).inserted }
    guard !unique.isEmpty else { return .none }
    let lowerCase = query.allSatisfy { !$0.isUppercase }
    let texts = unique.map { Array($0.isIdea && lowerCase ? $0.text.lowercased() : $0.text) }
    var common = texts[0].count
    for text in texts.dropFirst() {
      common = min(common, commonPrefixCount(texts[0], text))
    }
    if common > query.count {
      return .insert(String(texts[0][query.count..<common]))
    }
    guard unique.count > 1 else { return .none }
    let shown = unique.map { $0.text.trimmingTrailingSpaces }
    return .list(shown.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) })
  }

  static func equal(_ a: Character, _ b: Character) -> Bool {
    a == b || a.lowercased() == b.lowercased()
  }

  static func hasPrefix(_ text: [Character], _ prefix: some StringProtocol) -> Bool {
    hasPrefix(text, Array(prefix))
  }

  static func hasPrefix(_ text: [Character], _ prefix: [Character]) -> Bool {
    guard prefix.count <= text.count else { return false }
    return zip(text, prefix).allSatisfy(equal)
  }

  /// Whether a word of `text` after its first (one after a space, hyphen or other mark) starts with
  /// `prefix`.
  static func hasWordPrefix(_ text: [Character], _ prefix: [Character]) -> Bool {
    guard prefix.count < text.count else { return false }
    for start in 1...(text.count - prefix.count)
    where !text[start - 1].isLetter && !text[start - 1].isNumber && text[start - 1] != "'" {
      if zip(text[start...], prefix).allSatisfy(equal) { return true }
    }
    return false
  }

  static func commonPrefixCount(_ a: [Character], _ b: [Character]) -> Int {
    var n = 0
    while n < a.count, n < b.count, equal(a[n], b[n]) { n += 1 }
    return n
  }

  /// Where the text after the last whole-word `marker` starts, if it occurs.
  static func lastIndex(of marker: String, in line: [Character]) -> Int? {
    let mark = Array(marker)
    guard line.count >= mark.count else { return nil }
    for start in stride(from: line.count - mark.count, through: 0, by: -1)
    where start == 0 || line[start - 1].isWhitespace {
      if hasPrefix(Array(line[start...]), mark) { return start + mark.count }
    }
    return nil
  }
}

extension String {
  fileprivate var trimmingTrailingSpaces: String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}
