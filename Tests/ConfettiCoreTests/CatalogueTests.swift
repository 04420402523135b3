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

  /// Every source names the same kind of file: a numbered seed document, so the citation
  /// check below cannot pass by accident. Runs on a clone with nothing beside it.
  @Test func everySourceIsANumberedDocument() {
    let sources =
      Fixtures.catalogue.ideas.flatMap { $0.sources + $0.cautions.map(\.source) }
      + Fixtures.catalogue.facts.map(\.source)
    #expect(!sources.isEmpty)
    for s in sources {
      #expect(s.count > 4 && s.prefix(3).allSatisfy(\.isNumber) && s.hasSuffix(".txt"), "\(s)")
    }
  }

  /// Where the seed documents sit beside the clone (`../shared/seeds`), every source is one of them.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: Fixtures.seedsDirectory.path)))
  func everySourceIsASeedFile() throws {
    let seeds = Set(try FileManager.default.contentsOfDirectory(atPath: Fixtures.seedsDirectory.path))
    try #require(seeds.count >= 5)
    for idea in Fixtures.catalogue.ideas {
      for s in idea.sources { #expect(seeds.contains(s), "\(idea.id): \(s)") }
      for c in idea.cautions { #expect(seeds.contains(c.source), "\(idea.id) caution: \(c.source)") }
    }
    for f in Fixtures.catalogue.facts { #expect(seeds.contains(f.source), "\(f.id): \(f.source)") }
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
    let ideas = try CatalogueLoader.ideas(
      fromYAML: try Fixtures.read("Catalogue/ideas.yaml"), file: "ideas.yaml")
    #expect(ideas == Fixtures.catalogue.ideas)
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
        sources: [mine]
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
  ])
  func userCatalogueErrorsNameLineAndField(_ c: BadCatalogue) {
    #expect {
      _ = try CatalogueLoader.ideas(fromYAML: c.yaml, file: "mine.yaml")
    } throws: { error in
      guard let e = error as? DataFileError else { return false }
      return e.file == "mine.yaml" && e.line == c.line && e.message.contains(c.fragment)
    }
  }

  @Test func userIdeasAddAndOverrideWithoutBreakingTheRest() throws {
    let mine = try CatalogueLoader.ideas(
      fromYAML: Self.entry
        + Self.entry.replacingOccurrences(of: "ideas:\n", with: "")
        .replacingOccurrences(of: "id: pizza", with: "id: cookout"),
      file: "mine.yaml")
    let merged = Fixtures.catalogue.merging(mine)
    #expect(merged.ideas.count == Fixtures.catalogue.ideas.count + 1)
    #expect(merged.idea(id: "cookout")?.name == "Pizza")
    #expect(merged.idea(id: "house-band") == Fixtures.catalogue.idea(id: "house-band"))
  }
}
