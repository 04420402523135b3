/// What the shape of a line says, before any classifier: whether it speaks for a group or of the
/// person themself, puts an idea forward, greets, asks for a file, or holds nothing but
/// constraints. ``IntentMatcher/match(_:today:)`` weighs these against the classifier.
extension IntentMatcher {
  /// True when the line speaks of the person themself: "my grill", "I won a raffle".
  static func isPersonal(_ parse: EntityParser.Result) -> Bool {
    parse.tokens.contains { ["i", "my", "me", "mine", "i'm", "i've"].contains($0.text) }
  }

  /// True when the line names a file or says a word of exporting ("save", "export", "markdown"),
  /// and not of the person's own things ("file my expense report"), unless of the plan ("save my plan").
  static func asksForExport(_ parse: EntityParser.Result) -> Bool {
    if parse.entities.contains(where: { $0.slot == .filename }) { return true }
    let words = parse.tokens.map(\.text)
    guard words.contains(where: WordLists.exportWords.contains) else { return false }
    return !words.contains("my")
      || words.contains { WordLists.planNouns.contains($0) || ["week", "ideas", "list"].contains($0) }
  }

  /// True when the line asks for a format Confetti does not write, said outright ("send it in
  /// excel format", "as a spreadsheet", "export it as a pdf"; ``FilenameGrammar/formatOnly(_:outright:)``
  /// records it as the bare extension): an export, refused with the formats Confetti writes, never
  /// out of scope.
  static func asksForUnwrittenFormat(_ parse: EntityParser.Result) -> Bool {
    parse.entities.contains { e in
      e.slot == .filename && e.value.text.map { $0.hasPrefix(".") && $0 != ".ics" } == true
    }
  }

  /// True when the line starts by putting something forward ("how about", "what about", "maybe",
  /// "thinking of", "could we", "let's") or asks whether it would do ("is that a good idea?",
  /// "would it go down well").
  static func proposes(_ parse: EntityParser.Result) -> Bool {
    if namesContentEvent(parse) || asksForContentOnly(parse) { return true }
    let all = parse.tokens.map(\.text)
    if zip(all, all.dropFirst()).contains(where: {
      WordLists.verdictSecondWords.contains($1) && WordLists.verdictPairs.contains([$0, $1])
    }) {
      return true
    }
    let words = parse.tokens.lazy.filter { $0.kind == .word }.prefix(2).map(\.text)
    guard let first = words.first else { return false }
    let second = words.dropFirst().first ?? ""
    if WordLists.proposalWords.contains(first) { return true }
    return WordLists.proposalPairs.contains([first, second])
  }

  /// Words that may join "something" or "anything" to what it is about ("something with food").
  static let contentJoiners: Set<String> = ["with", "a", "bit", "more", "please", "like", "involving"]

  /// True for a line that is only "something" or "anything" and an idea or a kind, with at most a
  /// joining or describing word besides ("something musical", "anything with food", "something
  /// creative with photos").
  static func asksForContentOnly(_ parse: EntityParser.Result) -> Bool {
    let content = parse.entities.filter { $0.slot == .idea || $0.slot == .kinds }
    guard !content.isEmpty, let first = parse.tokens.first(where: { $0.kind == .word }),
      first.text == "something" || first.text == "anything"
    else { return false }
    return parse.tokens.indices.allSatisfy { i in
      parse.tokens[i].kind != .word || content.contains { $0.tokens.contains(i) }
        || parse.tokens[i].text == first.text || contentJoiners.contains(parse.tokens[i].text)
        || WordLists.describers.contains(parse.tokens[i].text)
    }
  }

  /// True when the line asks for suggestions or what to do in so many words: "prize ideas for",
  /// "something fun for", "what could we all join in on", "what would you do for".
  static func asksWhatToDo(_ parse: EntityParser.Result) -> Bool {
    let words = parse.tokens.map(\.text)
    if words.contains(where: WordLists.requestNouns.contains) { return true }
    guard let what = words.firstIndex(of: "what") else { return false }
    let rest = words[(what + 1)...]
    return rest.contains { $0 == "we" || $0 == "you" }
      && rest.contains(where: WordLists.whatToDoVerbs.contains)
  }

  /// True when the line asks for the week laid out day by day, with no question of when: a range
  /// of weekdays for a group or as a plan ("what should monday to friday look like for us"), "day by
  /// day", "each day" of the week or with a word for a plan, or a "five-day" or "daily" plan. A line
  /// about the person's own days ("my schedule every day", "my week") or naming an idea is not one.
  static func asksForWeekPlan(_ parse: EntityParser.Result) -> Bool {
    let words = parse.tokens.map(\.text)
    guard !words.contains(where: WordLists.whenWords.contains),
      !zip(words, words.dropFirst()).contains(where: { $0 == "my" && WordLists.ownDays.contains($1) }),
      !parse.entities.contains(where: { $0.slot == .idea })
    else { return false }
    // Two words in a row, one from each list: "each day", "five days".
    func pair(_ first: Set<String>, _ second: Set<String>) -> Bool {
      zip(words, words.dropFirst()).contains { first.contains($0) && second.contains($1) }
    }
    let days = words.indices.filter { DayGrammar.words[words[$0]] != nil }
    let range = zip(days, days.dropFirst()).contains { a, b in
      (b == a + 1 && parse.tokens[b].isAfterHyphen)
        || (b == a + 2 && WordLists.rangeWords.contains(words[a + 1]))
    }
    let each = pair(WordLists.everyWords, WordLists.dayWords)
    let dayByDay = words.indices.dropLast(2).contains {
      words[$0] == "day" && words[$0 + 1] == "by" && words[$0 + 2] == "day"
    }
    let fiveDay = pair(WordLists.fiveWords, WordLists.dayWords) || words.contains("daily")
    let planWord = words.contains(where: WordLists.planNouns.contains)
    let theWeek = words.contains("week") || namesServiceWeek(parse)
    return (range && (speaksForGroup(parse) || planWord)) || dayByDay || (each && (planWord || theWeek))
      || (fiveDay && planWord)
  }

  /// True for a line that is only an event named by its content: an idea or a kind, then a word for
  /// an occasion, with at most an article besides ("pizza night?", "a taco party").
  static func namesContentEvent(_ parse: EntityParser.Result) -> Bool {
    guard let e = parse.entities.last(where: { $0.slot == .idea || $0.slot == .kinds }),
      e.tokens.upperBound < parse.tokens.count,
      WordLists.eventNouns.contains(parse.tokens[e.tokens.upperBound].text)
    else { return false }
    let content = parse.entities.filter { $0.slot == .idea || $0.slot == .kinds }
    return parse.tokens.indices.allSatisfy { i in
      parse.tokens[i].kind != .word || content.contains { $0.tokens.contains(i) }
        || i == e.tokens.upperBound || Lexicon.articles.contains(parse.tokens[i].text)
    }
  }

  /// True when the line greets or takes leave in so many words: "hi", "bye", "good night".
  static func saysHelloOrGoodbye(_ parse: EntityParser.Result) -> Bool {
    let words = parse.tokens.map(\.text)
    return words.indices.contains { i in
      WordLists.helloAndGoodbye.contains(words[i])
        || (words[i] == "good" && i + 1 < words.count && WordLists.timesOfDay.contains(words[i + 1]))
    }
  }

  /// True when the line names a catalogue idea for a group: with a team size, a budget, an
  /// audience or a format, a word for people or a team, "we"/"us"/"our", or Customer Service
  /// Week ("a cookout for our team at thanksgiving"). An idea's word in a personal question
  /// ("my grill is broken") is not enough.
  static func namesIdeaForGroup(_ parse: EntityParser.Result) -> Bool {
    parse.entities.contains { $0.slot == .idea } && speaksForGroup(parse)
  }

  /// True when the line has a team size, budget, audience or format, a word for people or a
  /// team, "we"/"us"/"our", or names Customer Service Week.
  static func speaksForGroup(_ parse: EntityParser.Result) -> Bool {
    let context: Set<SlotName> = [
      .teamSize, .budget, .budgetPerPerson, .budgetMin, .audience, .format, .theme,
    ]
    if parse.entities.contains(where: { context.contains($0.slot) }) { return true }
    return parse.tokens.indices.contains { i in
      let t = parse.tokens[i].text
      // "per person" with no amount is a rate ("how many hot dogs per person"), not a group.
      if WordLists.peopleNouns.contains(t) { return i == 0 || parse.tokens[i - 1].text != "per" }
      return WordLists.groupNouns.contains(t) || WordLists.groupPronouns.contains(t) || t == "csw"
        || t == "ncsw" || WordLists.workplacePlaces.contains(t)
    }
  }

  /// True when the line names a format (remote, hybrid, in person) and people or a team ("the
  /// remote folks", "our hybrid crew"): a request for something they can all take part in.
  static func asksFormatForPeople(_ parse: EntityParser.Result) -> Bool {
    parse.entities.contains { $0.slot == .format }
      && parse.tokens.contains {
        WordLists.peopleNouns.contains($0.text) || WordLists.groupNouns.contains($0.text)
      }
  }

  /// True when the line speaks of the workplace: an audience, format or theme, staff or customers,
  /// a team or Customer Service Week. A count of people ("a table for 2", "two other people"), money
  /// or "we" alone is not enough.
  static func speaksForWorkplace(_ parse: EntityParser.Result) -> Bool {
    let context: Set<SlotName> = [.audience, .format, .theme]
    if parse.entities.contains(where: { context.contains($0.slot) }) { return true }
    return parse.tokens.contains {
      WordLists.workplaceNouns.contains($0.text) || WordLists.workplacePlaces.contains($0.text)
        || $0.text == "csw" || $0.text == "ncsw"
    } || mentionsServiceWeek(parse)
  }

  /// Words that add nothing to a line of constraints ("just the celebrate day, please") or only
  /// frame one ("[we are] 60 [people]", "[our garage has] 4 [mechanics]", "[our budget is] $5 [per person]").
  static let constraintFiller: Set<String> = WordLists.peopleNouns.union(WordLists.groupNouns).union([
    "please", "pls", "plz", "just", "only", "the", "a", "an", "ok", "okay", "then", "instead", "day", "and",
    "now", "actually", "so", "make", "it", "how", "about", "what", "for", "with", "all", "be", "us", "we",
    "are", "go", "let's", "lets", "hmm", "well", "maybe", "rather", "one", "ones", "team", "thanks",
    "our", "budget", "is", "per", "head", "each", "total", "spend", "have", "got", "there", "around",
    "roughly", "max", "maximum", "up", "to", "we're", "we've", "of", "in", "at", "most", "i", "my", "'re",
    "spend", "can", "could", "has", "employ", "employs", "add", "too", "also", "as",
  ])

  /// True when every word of the line is a constraint (team size, budget, audience, format, theme),
  /// a change to one ("double the budget"), filler or framing ("we are 60 people"), and there is at
  /// least one of those.
  static func onlyConstraints(_ parse: EntityParser.Result, units: [String]) -> Bool {
    let constraints: Set<SlotName> = [
      .teamSize, .budget, .budgetMin, .budgetPerPerson, .audience, .format, .theme,
    ]
    let edits = parse.cues.contains { editCues.contains($0.name) }
    guard edits || parse.entities.contains(where: { constraints.contains($0.slot) }),
      parse.entities.allSatisfy({ constraints.contains($0.slot) })
    else { return false }
    return units.allSatisfy {
      $0.hasPrefix("<") || constraintFiller.contains($0)
        || $0.first?.isLetter != true && $0.first?.isNumber != true
    }
  }

  /// True when the text names Customer Service Week itself: "csw", "ncsw", "customer service week",
  /// or one of its theme days ("the Educate day", "celebrate day").
  static func namesServiceWeek(_ parse: EntityParser.Result) -> Bool {
    let words = parse.tokens.map(\.text)
    for e in parse.entities where e.slot == .theme && e.tokens.upperBound < words.count {
      if words[e.tokens.upperBound] == "day" || words[e.tokens.upperBound] == "days" { return true }
    }
    for (i, w) in words.enumerated() {
      if w == "csw" || w == "ncsw" { return true }
      if i + 2 < words.count && (w, words[i + 1], words[i + 2]) == ("customer", "service", "week") {
        return true
      }
    }
    return false
  }

  /// True for a question about the week itself that the facts answer: its theme ("what is the
  /// theme for 2025?", "this year's csw theme") or why it is celebrated ("why celebrate it?").
  static func asksAboutTheWeek(_ parse: EntityParser.Result) -> Bool {
    let words = parse.tokens.map(\.text)
    let year = parse.entities.contains { $0.slot == .year }
    if words.contains("theme") && (year || mentionsServiceWeek(parse)) { return true }
    guard let why = words.firstIndex(of: "why") else { return false }
    return words[why...].contains { $0.hasPrefix("celebrat") }
  }

  /// True when the text speaks of Customer Service Week or one of its ideas.
  static func mentionsServiceWeek(_ parse: EntityParser.Result) -> Bool {
    if parse.entities.contains(where: { $0.slot == .idea }) { return true }
    let words = parse.tokens.map(\.text)
    for (i, w) in words.enumerated() {
      if w == "csw" || w == "ncsw" { return true }
      if i + 1 < words.count && (w, words[i + 1]) == ("customer", "service") { return true }
      if i + 1 < words.count && (w, words[i + 1]) == ("service", "week") { return true }
    }
    return false
  }

  /// Words of courtesy a line may open with: "thanks", "thank you", "ok great", "hi".
  static let courtesyWords: Set<String> = [
    "thanks", "thank", "you", "thx", "ty", "cheers", "ta", "ok", "okay", "great", "cool", "perfect",
    "awesome", "nice", "lovely", "brilliant", "excellent", "super", "wonderful", "hi", "hello", "hey",
    "oh", "wow", "much", "appreciated", "so",
  ]

  /// The rest of a line that opens with courtesy set off by a mark ("thanks, can you save that",
  /// "ok great! plan the week"), and how many characters the courtesy took; nil when the line does
  /// not ("thanks for the ideas" is thanks through and through).
  static func afterCourtesy(_ text: String) -> (rest: String, characters: Int)? {
    // Walked in place: most lines stop at their first word, so a long line costs nothing.
    var i = text.startIndex
    var count = 0
    var words = 0
    func skip(while keep: (Character) -> Bool) {
      while i < text.endIndex && keep(text[i]) {
        i = text.index(after: i)
        count += 1
      }
    }
    while true {
      skip { $0 == " " }
      let start = i
      skip { $0.isLetter || $0 == "'" || $0 == "’" }
      guard i > start else { break }
      guard courtesyWords.contains(text[start..<i].lowercased()) else { return nil }
      words += 1
    }
    let marks = i
    skip { ",.!;:–—-".contains($0) || $0 == " " }
    let marked = text[marks..<i].contains { $0 != " " }
    guard words > 0, marked, i < text.endIndex else { return nil }
    return (String(text[i...]), count)
  }
}
