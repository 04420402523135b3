/// The ideas and facts Confetti draws on: the built-in set, optionally with a
/// person's own entries added or overriding built-in ones by id.
///
/// ```swift
/// let mine = try CatalogueLoader.ideas(fromYAML: text, file: "mine.yaml")
/// let catalogue = Catalogue.builtin.merging(mine)
/// ```
public struct Catalogue: Sendable {
  public private(set) var ideas: [Idea]
  public let facts: [Fact]
  /// The documents the built-in ideas and facts cite; a person's catalogue may cite them too.
  public let sources: [Source]
  private var indexByID: [String: Int]
  /// The search index over the ideas, built on first use.
  public private(set) var relevance: Lazy<RelevanceIndex>
  /// True for ``builtin`` itself, whose search index and lexicon phrases `confetti-generate`
  /// computed; false for any other catalogue, a merged one included.
  public private(set) var isBuiltin = false
  /// The ids of ideas merged into another, each with the id of the idea that now holds it
  /// (`Catalogue/merged-ids.yaml`): an old id still finds its idea.
  public let mergedIDs: [String: String]

  public init(ideas: [Idea], facts: [Fact], sources: [Source] = [], mergedIDs: [String: String] = [:]) {
    self.ideas = ideas
    self.facts = facts
    self.sources = sources
    self.mergedIDs = mergedIDs
    var index: [String: Int] = [:]
    for (i, idea) in ideas.enumerated() { index[idea.id] = i }
    self.indexByID = index
    self.relevance = Catalogue.lazyIndex(ideas)
  }

  private static func lazyIndex(_ ideas: [Idea]) -> Lazy<RelevanceIndex> {
    Lazy { RelevanceIndex(ideas: ideas, kindWords: RelevanceIndex.builtinKindWords) }
  }

  /// The catalogue compiled from `Catalogue/sources.yaml`, `ideas.yaml` and `facts.yaml`, with
  /// the search index `confetti-generate` weighted from them (a test checks it equals one built
  /// from the ideas).
  public static let builtin: Catalogue = {
    var c = Catalogue(
      ideas: BuiltinCatalogue.ideas, facts: BuiltinCatalogue.facts, sources: BuiltinCatalogue.sources,
      mergedIDs: BuiltinCatalogue.mergedIDs)
    c.relevance = Lazy { RelevanceIndex.builtin }
    c.isBuiltin = true
    return c
  }()

  /// The idea with this id, or with the id it was merged into.
  public func idea(id: String) -> Idea? { indexByID[canonicalID(id)].map { ideas[$0] } }

  /// The id an idea goes by now: `id` itself, or the id of the idea it was merged into
  /// ("team-jersey-day" → "themed-dress-days").
  public func canonicalID(_ id: String) -> String {
    indexByID[id] == nil ? mergedIDs[id] ?? id : id
  }

  public func fact(id: String) -> Fact? { facts.first { $0.id == id } }

  /// Up to `limit` idea ids close to `id`, closest first: ids a few edits away ("cook-out" →
  /// cookout), then ids holding it or sharing a word with it ("band" → house-band), in
  /// catalogue order. For saying which ideas were meant when an id is unknown.
  public func ids(near id: String, limit: Int = 3) -> [String] {
    let wanted = id.lowercased()
    let words = Set(wanted.split(separator: "-"))
    let reach = max(1, min(3, wanted.count / 3))
    var near: [(distance: Int, position: Int)] = []
    for (position, idea) in ideas.enumerated() {
      let d = EditDistance.damerauLevenshtein(wanted, idea.id, limit: reach)
      if d <= reach {
        near.append((d, position))
      } else if idea.id.contains(wanted) || idea.id.split(separator: "-").contains(where: words.contains) {
        near.append((reach + 1, position))
      }
    }
    return near.sorted { ($0.distance, $0.position) < ($1.distance, $1.position) }.prefix(limit).map {
      ideas[$0.position].id
    }
  }

  /// A copy with `extra` ideas added; an extra idea with an existing id replaces it.
  public func merging(_ extra: [Idea]) -> Catalogue {
    var copy = self
    for idea in extra {
      if let i = copy.indexByID[idea.id] {
        copy.ideas[i] = idea
      } else {
        copy.indexByID[idea.id] = copy.ideas.count
        copy.ideas.append(idea)
      }
    }
    copy.relevance = Catalogue.lazyIndex(copy.ideas)
    copy.isBuiltin = false
    return copy
  }

  /// Names, ids and aliases as lexicon phrases for the `idea` slot.
  public var ideaPhrases: [Lexicon.Phrase] {
    var out: [Lexicon.Phrase] = []
    for idea in ideas {
      var seen: Set<String> = []
      for name in [idea.name, idea.id] + idea.aliases {
        let words = Tokenizer.tokenize(name).map(\.text)
        if seen.insert(words.joined(separator: " ")).inserted {
          out.append(Lexicon.Phrase(words: words, slot: .idea, value: idea.id))
        }
      }
    }
    return out
  }
}
