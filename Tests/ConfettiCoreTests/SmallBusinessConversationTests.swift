import Testing

@testable import ConfettiCore

/// A small business in the conversation (issue 25), in other words than the issue's: the business
/// and what it cannot do rule ideas out, its customers are an audience, the owner counts once, and
/// team sizes that cannot be planned are said.
@Suite struct SmallBusinessConversationTests {
  func chat() -> Conversation { Conversation(catalogue: Fixtures.catalogue, today: Fixtures.today) }

  @Test func aShopGetsIdeasItCouldRun() {
    var c = chat()
    var a = c.respond(to: "ideas for my florist, it's me plus 3 helpers, about $70")
    #expect(a.understanding?.intent == .suggestIdeas)
    #expect(a.context.teamSize == 4 && a.context.budget == .usd(70))
    #expect(a.context.isSmallBusiness)
    #expect(!a.ideas.isEmpty && a.ideas.allSatisfy { $0.idea.needs.isEmpty && $0.cost <= 70 })
    #expect(a.reply.plainText.contains("for a small business"))

    // A new search or a change of the last one: either way the shop, its team and budget stay.
    a = c.respond(to: "and something for our patients who've been with us for years?")
    #expect(a.context.budget == .usd(70))
    #expect(a.context.audience == .customers && a.context.teamSize == 4)
    #expect(a.ideas.allSatisfy { $0.idea.needs.isEmpty })

    a = c.respond(to: "plan the week")
    let planned = a.plan?.days.flatMap(\.items) ?? []
    #expect(!planned.isEmpty && planned.allSatisfy { $0.idea.needs.isEmpty })
  }

  /// An idea the person names, or describes in its own words, is never dropped for needing what
  /// the team lacks: it is shown with a caution, and only it; other ideas still need nothing.
  @Test func anIdeaAskedForOverridesTheNeedsRule() throws {
    var c = Constraints()
    c.teamSize = 8
    c.withoutNeeds = Need.allCases
    let shark = try #require(Fixtures.catalogue.idea(id: "shark-tank"))
    #expect(Suggester.brokenRule(shark, c) == .needs(.managementLayer))
    c.idea = "shark-tank"
    #expect(Suggester.brokenRule(shark, c) == nil)
    #expect(Suggester.lacking(shark, c) == [.managementLayer, .otherDepartments, .meetingRoom])
    let result = Suggester(catalogue: Fixtures.catalogue).suggest(c)
    #expect(result.named?.status == .fits)
    #expect(result.ranked.first?.idea.id == "shark-tank")
    #expect(result.ranked.dropFirst().allSatisfy { $0.idea.needs.isEmpty })
    // Left out by name, it stays out: only the needs rule yields.
    c.withoutIdeas = ["shark-tank"]
    #expect(Suggester.brokenRule(shark, c) == .leftOutByName)
  }

  @Test func anIdeaDescribedInOwnWordsIsAskedFor() {
    var c = Constraints()
    c.withoutNeeds = Need.allCases
    let suggester = Suggester(catalogue: Fixtures.catalogue)
    c.terms = RelevanceIndex.terms(of: "pitch our ideas to a panel like the dragons on tv")
    #expect(suggester.described(c) == "shark-tank")
    // Words that match no idea strongly describe none.
    c.terms = RelevanceIndex.terms(of: "something nice for the team")
    #expect(suggester.described(c) == nil)
    // A team that lacks nothing needs no override.
    c.withoutNeeds = []
    c.terms = RelevanceIndex.terms(of: "pitch our ideas to a panel like the dragons on tv")
    #expect(suggester.described(c) == nil)
  }

  @Test func theCautionSaysWhatTheIdeaNeeds() {
    var c = chat()
    let a = c.respond(to: "my bakery has 8 staff, what about a shark tank?")
    #expect(a.ideas.first?.idea.id == "shark-tank")
    #expect(a.reply.plainText.contains("Shark Tank Pitches needs a management layer"), "\(a.reply.plainText)")
    #expect(a.reply.plainText.contains("which a small shop may not have"))
  }

  @Test func aTeamThatCannotCloseSaysSo() {
    var c = chat()
    _ = c.respond(to: "csw ideas for 15 agents")
    let a = c.respond(to: "we can't shut the doors for anything, though")
    #expect(a.understanding?.intent == .refine)
    #expect(a.context.withoutNeeds == [.closing] && a.context.teamSize == 15)
    #expect(a.ideas.allSatisfy { !$0.idea.needs.contains(.closing) })
  }

  @Test func theOwnerCountsOnce() {
    var c = chat()
    var a = c.respond(to: "we're 7 including me, what could we do for csw?")
    #expect(a.context.teamSize == 7)
    a = c.respond(to: "oh and if my partner joins, 8 of us")
    #expect(a.context.teamSize == 8)
  }

  @Test func aTeamTooLargeIsAnsweredNotShrunk() {
    var c = chat()
    let a = c.respond(to: "give me ideas for three million people")
    guard case .clarify(let question) = a.content else {
      Issue.record("no question back: \(a.reply.plainText)")
      return
    }
    #expect(question == .teamTooLarge(3_000_000))
    #expect(a.context.teamSize == nil)
    #expect(a.reply.plainText.contains("100,000"))
  }

  @Test func addingToATeamNeverGivenSaysWhatItAddedTo() {
    var c = chat()
    let a = c.respond(to: "ideas for us plus 4 more people")
    #expect(a.context.teamSize == 14)
    #expect(a.reply.plainText.contains("started from 10"), "\(a.reply.plainText)")
    var d = chat()
    let b = d.respond(to: "ideas for 6 people")
    #expect(!b.reply.plainText.contains("started from"))
  }
}
