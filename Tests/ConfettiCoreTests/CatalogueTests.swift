import ConfettiCore
import Foundation
import Testing

@Suite struct CatalogueTests {
  static let requiredIDs = [
    "cookout", "fall-festival", "trick-or-trunk", "raffle", "thank-you-notes", "online-forum",
    "foosball-tournament", "mini-competitions", "catered-lunch", "customer-testimonial", "voc-open-house",
    "customer-cards", "journey-map", "volunteer-day", "shark-tank", "house-band", "voc-top-hits",
    "leaders-serve",
    "co-creation-forum", "customer-appreciation-drive", "community-partnership", "storytelling-campaign",
    "testimonial-videos", "customer-appreciation-day", "feedback-channel", "social-shoutouts",
    "customer-generated-content", "daily-videos", "decorations-and-treats", "awards-and-prizes",
  ]

  @Test(arguments: requiredIDs)
  func requiredIdeaExists(_ id: String) {
    #expect(Fixtures.catalogue.idea(id: id) != nil)
  }

  /// `sources.yaml` lists each document once, every citation resolves to it, and every
  /// listed document is cited. Runs on a clone with nothing beside it.
  @Test func everyCitationIsAListedSourceAndEverySourceIsCited() throws {
    let listed = try CatalogueLoader.sources(
      fromYAML: try Fixtures.read("Catalogue/sources.yaml"), file: "sources.yaml")
    #expect(listed == Fixtures.catalogue.sources)
    #expect(Set(listed.map(\.id)).count == listed.count)
    let cited =
      Fixtures.catalogue.ideas.flatMap {
        $0.sources + $0.cautions.map(\.source) + $0.tiers.compactMap(\.basis?.source)
      }
      + Fixtures.catalogue.facts.map(\.source)
    let listedIDs = Set(listed.map(\.id))
    let citedIDs = Set(cited.map(\.id))
    #expect(citedIDs.subtracting(listedIDs).isEmpty, "unlisted: \(citedIDs.subtracting(listedIDs).sorted())")
    #expect(
      listedIDs.subtracting(citedIDs).isEmpty, "never cited: \(listedIDs.subtracting(citedIDs).sorted())")
    for s in cited { #expect(listed.first { $0.id == s.id } == s, "\(s.id) differs from its listing") }
    for s in listed {
      #expect(!s.title.isEmpty && !s.publisher.isEmpty, "\(s.id)")
      #expect(!s.title.hasSuffix(".txt") && !s.publisher.lowercased().contains("seed"), "\(s.id)")
    }
  }

  /// Three of the five documents the catalogue started from, as they sit beside a clone in
  /// `../shared/seeds`, and the source each one became.
  static let seedDocuments = [
    "002_33475e5ab9c09130.txt": "icmi-2024-ncsw",
    "003_34db9cf96c034402.txt": "act-2017-key-customers",
    "004_1859940a3762d8d7.txt": "caffcx-2021-mega-post",
  ]

  /// The other two, which are no longer sources: a machine-written page, and an article whose
  /// author and publisher could not be found. The catalogue still must not copy them.
  static let rejectedSeedDocuments = ["000_04080fa7c0515299.txt", "001_29658cfacae3ba49.txt"]

  /// Every citation of an idea, a caution or a fact names who published it and where to read it,
  /// except Confetti's own advice, which is shown as such; every listed source says, in our words,
  /// what it supports; and nothing rests on the machine-written page or an unattributed article.
  @Test func everyCitationHasAPublisherAndALink() {
    let catalogue = Fixtures.catalogue
    var cited: [(String, Source)] = []
    for idea in catalogue.ideas {
      cited += idea.sources.map { (idea.id, $0) }
      cited += idea.cautions.map { ("\(idea.id) caution", $0.source) }
    }
    cited += catalogue.facts.map { ("fact \($0.id)", $0.source) }
    #expect(cited.count > 200)
    for (who, s) in cited {
      #expect(catalogue.sources.contains(s), "\(who): \(s.id) is not listed")
      #expect(!s.publisher.isEmpty, "\(who): \(s.id)")
      if s.isConfettiAdvice {
        #expect(s.citation == "Confetti's advice" && s.url == nil, "\(who)")
      } else {
        #expect(s.url?.hasPrefix("http") == true, "\(who): \(s.id) has no URL")
        #expect(s.citation.hasPrefix(s.publisher + ", "), "\(who): \(s.citation)")
      }
    }
    for s in catalogue.sources {
      #expect(s.supports.split(separator: " ").count >= 8, "\(s.id): supports says too little")
      #expect(!s.id.contains("lifepulse") && !s.publisher.lowercased().contains("life pulse"), "\(s.id)")
      #expect(!s.publisher.lowercased().contains("unattributed"), "\(s.id)")
    }
    #expect(catalogue.sources.contains { $0.isConfettiAdvice })
  }

  /// The facts tell one story: what the week was first for (recognising employees; no fact says
  /// its original intent was customers), who began it and when (ICSA, 1984, though two sources
  /// say 1988), and a year with two themes names the body that set each.
  @Test func factsAgreeOnWhatTheWeekWasForAndWhoBeganIt() {
    let facts = Fixtures.catalogue.facts
    for f in facts {
      let text = f.text.lowercased()
      if text.contains("original") {
        #expect(text.contains("employee") && !text.contains("original intent"), "\(f.id)")
      }
      let aboutICSA = text.contains("icsa") || text.contains("international customer service association")
      if aboutICSA && ["started", "created", "launched", "established"].contains(where: text.contains) {
        #expect(text.contains("1984") && !text.contains("1988"), "\(f.id)")
      }
    }
    let themed = facts.filter { $0.topic == .theme && $0.year != nil }
    for year in Set(themed.compactMap(\.year)) {
      let same = themed.filter { $0.year == year }
      let names = Set(
        same.compactMap { $0.text.split(separator: "\"", omittingEmptySubsequences: false).dropFirst().first }
      )
      guard names.count > 1 else { continue }
      for f in same {
        #expect(
          ["PACE", "Customer Service Group", "Institute of Customer Service"].contains(
            where: f.text.contains),
          "\(f.id): \(year) has more than one theme fact, so each must name the body that set it")
      }
    }
    #expect(facts.contains { $0.text.contains("Institute of Customer Service") })
    #expect(facts.contains { $0.text.contains("Proclamation 6485") })
  }

  /// The teams issue 22 found missing each have ideas of their own, and at least 40 ideas work for
  /// 2,000 people.
  @Test func theTeamsTheCatalogueMissedHaveIdeas() {
    let ideas = Fixtures.catalogue.ideas
    for kind in [Kind.nightShift, .accessibility, .wellness, .career, .largeTeam, .outsideUS] {
      #expect(ideas.count { $0.tags.contains(kind) } >= 3, "\(kind)")
    }
    #expect(ideas.count { $0.teamSize.contains(2000) } >= 40)
  }

  /// Every caution carries its source: a published page or the "Confetti's advice" label.
  @Test func everyCautionSaysWhereItComesFrom() {
    for idea in Fixtures.catalogue.ideas {
      for c in idea.cautions {
        #expect(!c.text.isEmpty, "\(idea.id)")
        #expect(c.source.isConfettiAdvice || c.source.url != nil, "\(idea.id): \(c.text)")
      }
    }
  }

  /// Where the seed documents sit beside the clone, each has its source entry, and a
  /// title taken from a document is that document's own headline. Optional: skipped
  /// on a clone with nothing beside it.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: Fixtures.seedsDirectory.path)))
  func seedDocumentsHaveTheirSourceEntries() throws {
    let files = Set(try FileManager.default.contentsOfDirectory(atPath: Fixtures.seedsDirectory.path))
    for (file, id) in Self.seedDocuments {
      try #require(files.contains(file), "\(file)")
      let source = try #require(Fixtures.catalogue.sources.first { $0.id == id }, "\(id)")
      let text = try String(
        contentsOf: Fixtures.seedsDirectory.appendingPathComponent(file), encoding: .utf8)
      if source.url != nil {
        let headline = source.title.split(separator: ":").last!.trimmingCharacters(in: .whitespaces)
        #expect(text.contains(headline), "\(file): '\(headline)'")
      }
    }
  }

  /// The catalogue is written in its own words: no idea or fact text shares a run of seven words
  /// with a document it came from (case and punctuation aside). Optional, like the check above.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: Fixtures.seedsDirectory.path)))
  func catalogueTextIsNotCopiedFromItsDocuments() throws {
    func words(_ text: String) -> [Substring] {
      text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'") }
    }
    let run = 7
    var runs: Set<[Substring]> = []
    for file in Array(Self.seedDocuments.keys) + Self.rejectedSeedDocuments {
      let w = words(
        try String(contentsOf: Fixtures.seedsDirectory.appendingPathComponent(file), encoding: .utf8))
      for i in 0..<max(0, w.count - run + 1) { runs.insert(Array(w[i..<(i + run)])) }
    }
    var texts = Fixtures.catalogue.facts.map { ($0.id, $0.text) }
    for idea in Fixtures.catalogue.ideas {
      let parts = [idea.summary, idea.costNote] + idea.steps + idea.tiers.map(\.description)
      texts += (parts + idea.cautions.map(\.text)).map { (idea.id, $0) }
    }
    for (id, text) in texts {
      let w = words(text)
      let copied = (0..<max(0, w.count - run + 1)).first { runs.contains(Array(w[$0..<($0 + run)])) }
      #expect(copied == nil, "\(id): '\(copied.map { w[$0..<($0 + run)].joined(separator: " ") } ?? "")'")
    }
  }

  /// Every one of the starting documents kept as a source is still cited by at least one idea.
  @Test(arguments: seedDocuments.values.sorted())
  func startingDocumentsStayCited(_ id: String) {
    #expect(Fixtures.catalogue.ideas.contains { $0.sources.contains { $0.id == id } })
  }

  @Test func rangesAndTiersAreSane() {
    for idea in Fixtures.catalogue.ideas {
      #expect(idea.teamSize.lowerBound >= 1, "\(idea.id)")
      #expect(!idea.tiers.isEmpty && !idea.formats.isEmpty && !idea.steps.isEmpty, "\(idea.id)")
      #expect(
        idea.tiers.allSatisfy { $0.fixed >= 0 && $0.perPerson >= 0 && (1...10).contains($0.value) },
        "\(idea.id)")
      let costs = idea.tiers.map { $0.cost(for: 20) }
      #expect(costs == costs.sorted(), "\(idea.id): tiers cheapest first")
    }
  }

  @Test(arguments: Theme.allCases)
  func everyThemeHasFreeRemoteAndSmallTeamIdeas(_ theme: Theme) {
    let ideas = Fixtures.catalogue.ideas.filter { $0.theme == theme }
    #expect(ideas.filter { $0.tiers.contains(where: \.isFree) }.count >= 1)
    #expect(ideas.contains { $0.formats.contains(.remote) })
    #expect(ideas.contains { $0.teamSize.contains(3) })
  }

  /// The catalogue is balanced: every theme, format, audience and cost band is covered, and
  /// teams from 3 to 1,000 have plenty to choose from. The floors are today's figures rounded
  /// down, so an edit that thins one out fails here; the counts are printed (see also
  /// `scripts/catalogue-balance.py`).
  @Test func catalogueIsBalanced() {
    let ideas = Fixtures.catalogue.ideas
    #expect(ideas.count >= 100, "\(ideas.count) ideas")
    var lines: [String] = []
    func check<T: Hashable>(
      _ name: String, _ values: [T], _ label: (T) -> String, atLeast: Int, in ideas: [Idea],
      _ has: (Idea, T) -> Bool
    ) {
      let counts = values.map { v in (label(v), ideas.filter { has($0, v) }.count) }
      lines.append("\(name): " + counts.map { "\($0.0) \($0.1)" }.joined(separator: ", "))
      for (v, n) in counts { #expect(n >= atLeast, "\(name) \(v): \(n) ideas, want at least \(atLeast)") }
    }
    check("theme", Theme.allCases, \.rawValue, atLeast: 12, in: ideas) { $0.theme == $1 }
    check("format", Format.allCases, \.rawValue, atLeast: 60, in: ideas) { $0.formats.contains($1) }
    check("audience", Audience.allCases, \.rawValue, atLeast: 12, in: ideas) { $0.audience == $1 }
    check("cost band", CostBand.allCases, \.rawValue, atLeast: 8, in: ideas) {
      CostBand.covered(by: $0).contains($1)
    }
    check("team size", [3, 10, 100, 1000], { "\($0)" }, atLeast: 50, in: ideas) { $0.teamSize.contains($1) }
    for theme in Theme.allCases {
      let mine = ideas.filter { $0.theme == theme }
      check("\(theme.rawValue) format", Format.allCases, \.rawValue, atLeast: 10, in: mine) {
        $0.formats.contains($1)
      }
      check("\(theme.rawValue) band", [CostBand.free], \.rawValue, atLeast: 1, in: mine) {
        CostBand.covered(by: $0).contains($1)
      }
    }
    print(lines.joined(separator: "\n"))
  }

  /// The balance of the catalogue by kind, format, audience and team-size band (issue 22): each
  /// count must stay at or above a floor set about 15% under its count when the floors were set
  /// (December 2026), so a change that thins one out fails here; 2,000 people keep at least 40.
  @Test func kindsFormatsAudiencesAndTeamSizesKeepTheirFloors() {
    let ideas = Fixtures.catalogue.ideas
    let kinds: [Kind: Int] = [
      .remoteFriendly: 70, .lowPrep: 43, .recognition: 39, .smallBusiness: 29, .games: 27,
      .customerFacing: 26,
      .contest: 23, .awards: 23, .customerInsight: 23, .improvement: 22, .leadership: 22, .food: 18,
      .largeTeam: 11, .decorations: 11, .writing: 11, .nightShift: 8, .outdoor: 7, .photos: 7, .wellness: 7,
      .drinks: 5, .music: 5, .socialMedia: 5, .video: 5, .sports: 4, .volunteering: 4, .outsideUS: 4,
      .accessibility: 4, .career: 4, .autumn: 3, .family: 2, .halloween: 2,
    ]
    #expect(Set(kinds.keys) == Set(Kind.allCases), "every kind has a floor")
    for (kind, floor) in kinds {
      let n = ideas.count { $0.tags.contains(kind) }
      #expect(n >= floor, "kind \(kind.rawValue): \(n) ideas, floor \(floor)")
    }
    let formats: [Format: Int] = [.inPerson: 108, .remote: 83, .hybrid: 95]
    for (format, floor) in formats {
      let n = ideas.count { $0.formats.contains(format) }
      #expect(n >= floor, "format \(format.rawValue): \(n) ideas, floor \(floor)")
    }
    let audiences: [Audience: Int] = [.employees: 83, .both: 17, .customers: 11]
    for (audience, floor) in audiences {
      let n = ideas.count { $0.audience == audience }
      #expect(n >= floor, "audience \(audience.rawValue): \(n) ideas, floor \(floor)")
    }
    // Team sizes by band: the ideas made for a team of each size.
    let bands: [(size: Int, floor: Int)] = [
      (3, 57), (10, 102), (40, 109), (100, 107), (300, 96), (1_000, 83), (2_000, 51), (5_000, 43),
      (10_000, 23),
    ]
    for (size, floor) in bands {
      let n = ideas.count { $0.teamSize.contains(size) }
      #expect(n >= floor, "team of \(size): \(n) ideas, floor \(floor)")
    }
    #expect(ideas.count { $0.teamSize.contains(2_000) } >= 40)
  }

  /// Every idea says how to include disabled colleagues or customers where it matters (issue 22),
  /// in a step or a caution: captions on anything with video, a seated or step-free way in for
  /// anything active outdoors or in sport, the volume for anything with music, and for every idea
  /// not about accessibility itself at least one access note (wheelchair, captions, a quiet option,
  /// opting in, …). Such notes are Confetti's advice unless a page says them.
  @Test func everyIdeaSaysHowToIncludeEveryone() {
    let access = [
      "wheelchair", "step-free", "without steps", "seated", "sitting", "seats", "caption", "transcript",
      "quiet", "screen reader", "screen-reader", "large print", "large-print", "hearing", "deaf",
      "optional", "opt in", "opt out", "opt-in", "access", "low vision", "sign language", "chair",
      "private", "in writing", "written", "without speaking", "disab", "sensory", "walk", "moving",
      "noise", "loud", "volume",
    ]
    func notes(_ idea: Idea) -> String {
      (idea.steps + idea.cautions.map(\.text)).joined(separator: " ").lowercased()
    }
    func says(_ idea: Idea, _ words: [String]) -> Bool {
      let text = notes(idea)
      return words.contains { text.contains($0) }
    }
    var checked = 0
    for idea in Fixtures.catalogue.ideas where !idea.tags.contains(.accessibility) {
      checked += 1
      #expect(says(idea, access), "\(idea.id) says nothing about access")
      if idea.tags.contains(.video) {
        #expect(says(idea, ["caption", "transcript"]), "\(idea.id): video without captions")
      }
      if idea.tags.contains(.music) {
        #expect(says(idea, ["volume", "quiet", "noise", "loud"]), "\(idea.id): music without a quiet option")
      }
      let active =
        idea.tags.contains(.outdoor)
        || (idea.tags.contains(.sports) && (idea.tags.contains(.games) || idea.tags.contains(.contest)))
      if idea.formats.contains(.inPerson) && active {
        #expect(
          says(
            idea,
            ["wheelchair", "step-free", "seated", "sitting", "mobility", "chair", "any kind of movement"]),
          "\(idea.id): active in person without a seated or step-free way in")
      }
    }
    #expect(checked > 100)
  }

  @Test func customerStoryIdeasCarryConsentCautions() throws {
    for id in ["storytelling-campaign", "testimonial-videos", "customer-generated-content"] {
      let idea = try #require(Fixtures.catalogue.idea(id: id))
      let text = idea.cautions.map { $0.text.lowercased() }.joined(separator: " ")
      #expect(text.contains("consent"), "\(id)")
    }
  }

  @Test func aliasesDoNotCollide() {
    var owner: [String: String] = [:]
    for idea in Fixtures.catalogue.ideas {
      for a in Set(idea.aliases.map { $0.lowercased() }) {
        #expect(owner[a] == nil, "alias '\(a)' on \(idea.id) and \(owner[a] ?? "")")
        owner[a] = idea.id
      }
    }
  }

  @Test func builtInCatalogueMatchesItsYAML() throws {
    let sources = try CatalogueLoader.sources(
      fromYAML: try Fixtures.read("Catalogue/sources.yaml"), file: "sources.yaml")
    let ideas = try CatalogueLoader.ideas(
      fromYAML: try Fixtures.read("Catalogue/ideas.yaml"), file: "ideas.yaml", sources: sources,
      requireNeeds: true)
    #expect(ideas == Fixtures.catalogue.ideas)
    let facts = try CatalogueLoader.facts(
      fromYAML: try Fixtures.read("Catalogue/facts.yaml"), file: "facts.yaml", sources: sources)
    #expect(facts == Fixtures.catalogue.facts)
    let merged = try CatalogueLoader.mergedIDs(
      fromYAML: try Fixtures.read("Catalogue/merged-ids.yaml"), file: "merged-ids.yaml", ideas: ideas)
    #expect(merged == Fixtures.catalogue.mergedIDs)
  }

  /// The near-duplicates the issue found are one idea each now (issue 22): the jersey day and the
  /// colours day are themed dress days, the testimonial videos a customer testimonial, the client
  /// success stories the storytelling campaign, the idea wall the feedback channel. An old id still
  /// finds its idea, and its old name is said by the idea that holds it.
  @Test func mergedIdeasAnswerToTheirOldIDsAndNames() throws {
    let c = Fixtures.catalogue
    #expect(c.mergedIDs.count == 5)
    for (old, now) in c.mergedIDs {
      #expect(c.ideas.allSatisfy { $0.id != old }, "\(old) is still an idea")
      #expect(c.idea(id: old)?.id == now && c.canonicalID(old) == now, "\(old)")
      #expect(c.canonicalID(now) == now)
    }
    for (line, id) in [
      ("tell me about the team jersey day", "themed-dress-days"),
      ("what about testimonial videos", "customer-testimonial"),
      ("client success stories", "storytelling-campaign"), ("an idea wall", "feedback-channel"),
      ("an idea board", "feedback-channel"), ("team colours day and group photo", "themed-dress-days"),
    ] {
      let parse = Fixtures.parser.parse(line, today: Fixtures.today)
      #expect(parse.entities.first { $0.slot == .idea }?.value == .text(id), "\(line)")
    }
    #expect(c.canonicalID("no-such-idea") == "no-such-idea" && c.idea(id: "no-such-idea") == nil)
  }

  /// A malformed merged-ids file is refused with the line of the bad entry.
  @Test(arguments: [
    ("merged:\n  cookout: raffle\n", "ideas.yaml:2", "still an idea's id"),
    ("merged:\n  old-thing: no-such-idea\n", "ideas.yaml:2", "no idea's id"),
    ("merged: []\n", "ideas.yaml:1", "must map"),
    ("gone:\n  a: b\n", "ideas.yaml:1", "gone"),
  ])
  func aMalformedMergedIDsFileSaysWhere(_ text: String, _ place: String, _ words: String) {
    do {
      _ = try CatalogueLoader.mergedIDs(fromYAML: text, file: "ideas.yaml", ideas: Fixtures.catalogue.ideas)
      Issue.record("accepted: \(text)")
    } catch {
      #expect(error.description.contains(place) && error.description.contains(words), "\(error.description)")
    }
  }

  struct BadCatalogue: Sendable, CustomTestStringConvertible {
    var yaml: String
    var line: Int
    var fragment: String
    var testDescription: String { fragment }
  }

  static let entry = """
    ideas:
      - id: pizza
        name: Pizza
        summary: "Pizza for all."
        steps: ["Order pizza."]
        sources: [act-2017-key-customers]
        theme: celebrate
        audience: employees
        formats: [in_person]
        team_size: {min: 2, max: 50}
        cost:
          tiers:
            - name: basic
              fixed: 0
              per_person: 12
              value: 5

    """

  @Test(arguments: [
    BadCatalogue(
      yaml: entry.replacingOccurrences(of: "theme: celebrate", with: "theme: party"), line: 7,
      fragment: "theme: 'party' is not one of"),
    BadCatalogue(
      yaml: entry.replacingOccurrences(of: "per_person: 12", with: "per_person: twelve"), line: 15,
      fragment: "per_person: 'twelve' is not a number"),
    BadCatalogue(
      yaml: entry.replacingOccurrences(of: "min: 2", with: "min: 60"), line: 10, fragment: "team_size"),
    BadCatalogue(
      yaml: entry.replacingOccurrences(of: "    name: Pizza\n", with: ""), line: 2,
      fragment: "missing field 'name'"),
    BadCatalogue(
      yaml: entry.replacingOccurrences(of: "id: pizza", with: "id: Pizza Party"), line: 2,
      fragment: "kebab-case"),
    BadCatalogue(
      yaml: entry + entry.replacingOccurrences(of: "ideas:\n", with: ""), line: 17, fragment: "duplicate id"),
    BadCatalogue(
      yaml: entry.replacingOccurrences(of: "formats: [in_person]", with: "formats: [moon]"), line: 9,
      fragment: "formats"),
    BadCatalogue(
      yaml: entry.replacingOccurrences(of: "per_person: 12", with: "per_person: -12"), line: 15,
      fragment: "cost tier: per_person: costs cannot be negative"),
    BadCatalogue(
      yaml: entry.replacingOccurrences(of: "fixed: 0", with: "fixed: -1"), line: 14,
      fragment: "cost tier: fixed: costs cannot be negative"),
    BadCatalogue(
      yaml: entry.replacingOccurrences(of: "value: 5", with: "value: 11"), line: 16,
      fragment: "cost tier: value: must be between 1 and 10"),
    BadCatalogue(
      yaml: entry.replacingOccurrences(of: "sources: [act-2017-key-customers]", with: "sources: [mine]"),
      line: 6, fragment: "sources: 'mine' is not a known source"),
    BadCatalogue(
      yaml: entry.replacingOccurrences(
        of: "sources: [act-2017-key-customers]",
        with: "sources:\n      - act-2017-key-customers\n      - mine"),
      line: 8, fragment: "sources: 'mine' is not a known source"),
    BadCatalogue(
      yaml: entry.replacingOccurrences(of: "      value: 5", with: "      value: 5\n          colour: red"),
      line: 17, fragment: "cost tier: unknown field 'colour'"),
    BadCatalogue(
      yaml: entry.replacingOccurrences(
        of: "      value: 5", with: "      value: 5\n          guests_per_person: 2"),
      line: 17, fragment: "guests_per_person and per_guest go together"),
    BadCatalogue(
      yaml: entry.replacingOccurrences(
        of: "      value: 5", with: "      value: 5\n          guests_min: 30"),
      line: 17, fragment: "guests_min: bounds the guests estimated"),
    BadCatalogue(
      yaml: entry.replacingOccurrences(
        of: "      value: 5",
        with:
          "      value: 5\n          guests_per_person: 2\n          per_guest: 4\n          guests_min: 40\n"
          + "          guests_max: 20"),
      line: 20, fragment: "guests_max: must be at least guests_min (40)"),
    BadCatalogue(
      yaml: entry.replacingOccurrences(of: "      value: 5", with: "      value: 5\n          fixed_per: 0"),
      line: 17, fragment: "fixed_per: must be a number of people"),
    BadCatalogue(
      yaml: entry.replacingOccurrences(of: "      value: 5", with: "      value: 5\n          annual: yes"),
      line: 17, fragment: "annual: must be true or false"),
    BadCatalogue(
      yaml: entry.replacingOccurrences(
        of: "      value: 5",
        with: "      value: 5\n          basis: \"a guess\"\n          basis_source: mine"),
      line: 18, fragment: "basis_source: 'mine' is not a known source"),
    BadCatalogue(
      yaml: "sources:\n  - id: my-notes\n    title: Notes\n" + entry, line: 2,
      fragment: "source 'my-notes': missing field 'publisher'"),
    BadCatalogue(
      yaml: "sources:\n  - id: my-notes\n    title: Notes\n    publisher: Me\n    year: 20x5\n" + entry,
      line: 5, fragment: "source 'my-notes': year: '20x5' is not a whole number"),
    BadCatalogue(
      yaml: "sources:\n  - id: my-notes\n    title: Notes\n    publisher: Me\n" + entry, line: 2,
      fragment: "source 'my-notes': year: give the year of publication, or 'undated: true'"),
    BadCatalogue(
      yaml: "sources:\n  - id: my-notes\n    title: Notes\n    publisher: Me\n    undated: yes\n" + entry,
      line: 5, fragment: "source 'my-notes': undated: must be 'true'"),
    BadCatalogue(
      yaml: "sources:\n  - id: my-notes\n    title: Notes\n    publisher: Me\n    year: 2024\n"
        + "    undated: true\n" + entry,
      line: 6, fragment: "source 'my-notes': undated: a source with a year is not undated"),
    BadCatalogue(
      yaml: "sources:\n  - id: my-notes\n    title: Notes\n    publisher: Me\n    year: 2024\n"
        + "    supports: \"\"\n" + entry,
      line: 6, fragment: "source 'my-notes': supports: must say what the page supports"),
    BadCatalogue(
      yaml: entry.replacingOccurrences(
        of: "team_size: {min: 2, max: 50}", with: "team_size: {min: 2, max: 50}\n    needs: [parking]"),
      line: 11, fragment: "needs: 'parking' is not one of management_layer, other_departments"),
    BadCatalogue(
      yaml: entry.replacingOccurrences(of: "name: basic", with: "name: free slice"), line: 13,
      fragment: "cost tier: name: 'free slice' says free but the tier costs money"),
    BadCatalogue(
      yaml: entry.replacingOccurrences(of: "fixed: 0", with: "fixed: 0\n          fixed_sized_for: 20"),
      line: 15, fragment: "cost tier: fixed_sized_for: there is no fixed part to size"),
    BadCatalogue(
      yaml: entry.replacingOccurrences(of: "fixed: 0", with: "fixed: 30\n          fixed_sized_for: 0"),
      line: 15, fragment: "cost tier: fixed_sized_for: must be a team size of 1 or more"),
  ])
  func userCatalogueErrorsNameLineAndField(_ c: BadCatalogue) {
    #expect {
      _ = try CatalogueLoader.ideas(fromYAML: c.yaml, file: "mine.yaml", sources: Fixtures.catalogue.sources)
    } throws: { error in
      guard let e = error as? DataFileError else { return false }
      return e.file == "mine.yaml" && e.line == c.line && e.message.contains(c.fragment)
    }
  }

  @Test func theBuiltInCatalogueSaysWhatEachIdeaNeeds() throws {
    // A person's catalogue may leave `needs:` out (the idea then needs nothing); the built-in one
    // may not, so a new idea cannot slip past small businesses unexamined.
    #expect(throws: DataFileError.self) {
      _ = try CatalogueLoader.ideas(
        fromYAML: Self.entry, file: "mine.yaml", sources: Fixtures.catalogue.sources, requireNeeds: true)
    }
    let plain = try CatalogueLoader.ideas(
      fromYAML: Self.entry, file: "mine.yaml", sources: Fixtures.catalogue.sources)
    #expect(plain.first?.needs == [])
    let ideas = Fixtures.catalogue.ideas
    let needing = ideas.filter { !$0.needs.isEmpty }
    #expect(!needing.isEmpty && needing.count < ideas.count / 2)
    for need in Need.allCases { #expect(needing.contains { $0.needs.contains(need) }, "\(need)") }
    // What the issue saw offered to a six-person bakery is marked.
    for (id, need) in [
      ("shark-tank", Need.managementLayer), ("executive-phone-shift", .managementLayer),
      ("cx-task-force", .otherDepartments), ("thank-other-departments", .otherDepartments),
      ("volunteer-day", .closing),
    ] {
      #expect(Fixtures.catalogue.idea(id: id)?.needs.contains(need) == true, "\(id)")
    }
  }

  @Test func aFixedPartSizedForAGroupShrinksForFewerPeople() {
    let pool = CostTier(name: "prizes", description: "", fixed: 60, perPerson: 1, value: 5, fixedSizedFor: 20)
    #expect(pool.cost(for: 6) == 24)
    #expect(pool.breakdown(for: 6) == "$1/person × 6 + $18 = $24")
    #expect(pool.cost(for: 20) == 80)
    #expect(pool.cost(for: 50) == 110)
    let band = CostTier(name: "band", description: "", fixed: 400, perPerson: 0, value: 5)
    #expect(band.cost(for: 6) == 400)
    let every = Fixtures.catalogue.ideas.flatMap(\.tiers)
    #expect(every.contains { $0.fixedSizedFor != nil })
    for tier in every where CatalogueLoader.saysFree(tier.name) {
      #expect(tier.isFree, "\(tier.name)")
    }
  }

  @Test func userIdeasAddAndOverrideWithoutBreakingTheRest() throws {
    let mine = try CatalogueLoader.ideas(
      fromYAML: Self.entry
        + Self.entry.replacingOccurrences(of: "ideas:\n", with: "")
        .replacingOccurrences(of: "id: pizza", with: "id: cookout"),
      file: "mine.yaml", sources: Fixtures.catalogue.sources)
    let merged = Fixtures.catalogue.merging(mine)
    #expect(merged.ideas.count == Fixtures.catalogue.ideas.count + 1)
    #expect(merged.idea(id: "cookout")?.name == "Pizza")
    #expect(merged.idea(id: "house-band") == Fixtures.catalogue.idea(id: "house-band"))
  }

  @Test func aUserCatalogueMayListAndCiteItsOwnSources() throws {
    let yaml =
      "sources:\n  - id: team-wiki\n    title: Our team wiki\n    publisher: Acme support\n    year: 2026\n"
      + Self.entry.replacingOccurrences(
        of: "sources: [act-2017-key-customers]", with: "sources: [team-wiki, act-2017-key-customers]")
    let mine = try CatalogueLoader.ideas(
      fromYAML: yaml, file: "mine.yaml", sources: Fixtures.catalogue.sources)
    #expect(mine.first?.sources.map(\.citation) == ["Acme support, 2026", "Act!, 2017"])
  }
}
