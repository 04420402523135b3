/// What a fact about Customer Service Week is about, so a question can be answered
/// with the facts on its topic: "who started it?" is history, "what is the theme for
/// 2025?" is a theme, "why celebrate it?" is purpose.
public enum FactTopic: String, Sendable, CaseIterable {
  case history
  case theme
  case purpose
  case dates
  case framework
  case advice
  case evidence

  /// Word stems that point a question at this topic ("who started" → history).
  /// Matched against the question's lower-cased words by prefix.
  public var cues: [String] {
    switch self {
    case .history:
      return [
        "who", "start", "found", "origin", "histor", "establish", "began", "begin", "creat", "invent",
        "congress", "icsa", "first",
      ]
    case .theme: return ["theme", "slogan", "motto", "tagline"]
    case .purpose:
      return ["why", "purpose", "point", "reason", "matter", "benefit", "worth", "goal", "objective"]
    case .dates: return []
    case .framework: return ["framework", "educate", "activate", "co-create", "cocreate", "structure"]
    case .advice: return ["tip", "advice", "mistake", "avoid", "pitfall"]
    case .evidence: return ["study", "studies", "research", "statistic", "data", "evidence", "proof"]
    }
  }

  /// The topics a question about the week is answered with from the facts (dates have their
  /// own answer; framework, advice and evidence come with ideas and plans).
  public static let answered: [FactTopic] = [.theme, .history, .purpose]

  /// History cues that also ask when a year's week runs: "when does it start", "what's the first
  /// day". They point at history only in the past tense ("when did it start", "who was first").
  static let runningCues: Set<String> = ["start", "begin", "first"]
  /// Words of a question about the past.
  static let pastTense: Set<String> = ["did", "was", "were", "started", "began", "begun", "founded"]

  /// The topics `words` ask about, strongest cue first; empty when none is named.
  ///
  /// ```swift
  /// FactTopic.asked(in: ["when", "did", "csw", "start"])          // [.history]
  /// FactTopic.asked(in: ["what", "day", "does", "csw", "start"])  // []: a question of dates
  /// ```
  public static func asked(in words: [String]) -> [FactTopic] {
    let aboutNow = !words.contains(where: pastTense.contains)
    return allCases.filter { topic in
      words.contains { w in
        topic.cues.contains { cue in
          w.hasPrefix(cue) && !(topic == .history && aboutNow && runningCues.contains(cue))
        }
      }
    }
  }
}
