import ArgumentParser
import ConfettiCore
import ConfettiSession

/// What to look for, as options `ideas` and `plan` both take: plain words read as the chat
/// reads them, and kinds of idea wanted or left out.
struct ContentOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("What to look for, in plain words.", valueName: "text"))
  var query: String?

  @Option(name: .long, help: ArgumentHelp("A kind of idea to look for (repeatable).", valueName: "kind"))
  var tag: [Kind] = []

  @Option(name: .long, help: ArgumentHelp("A kind of idea to leave out (repeatable).", valueName: "kind"))
  var withoutTag: [Kind] = []

  func validate() throws {
    if let both = tag.first(where: withoutTag.contains) {
      throw ValidationError("--tag \(both.rawValue) and --without-tag \(both.rawValue) cannot both be given.")
    }
  }

  /// Adds what to look for to `c`: the query's idea, kinds and content words as the chat's
  /// search reads them, then the kinds given as tags (a kind left out wins).
  func apply(to c: inout Constraints, in conversation: Conversation) {
    if let query {
      let content = conversation.matcher.content(of: query, today: conversation.today)
      c.idea = content.idea
      c.kinds = content.kinds
      c.withoutKinds = content.withoutKinds
      c.terms = content.terms
    }
    for k in tag where !c.kinds.contains(k) { c.kinds.append(k) }
    for k in withoutTag where !c.withoutKinds.contains(k) { c.withoutKinds.append(k) }
    c.kinds.removeAll(where: c.withoutKinds.contains)
  }
}
