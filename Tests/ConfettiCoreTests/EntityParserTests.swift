import ConfettiCore
import Testing

/// Every phrasing the intent-matcher issue lists, with value and span.
@Suite struct EntityParserTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var text: String
    var slot: SlotName
    var value: Entity.Value
    var span: String
    var testDescription: String { "\(text) → \(slot.rawValue)" }
  }

  static func usd(_ a: Double) -> Entity.Value { .money(.usd(a)) }

  static let teamSizes: [Case] = [
    Case(text: "ideas for 12 people", slot: .teamSize, value: .int(12), span: "12"),
    Case(text: "a team of eight", slot: .teamSize, value: .int(8), span: "eight"),
    Case(text: "a dozen agents", slot: .teamSize, value: .int(12), span: "a dozen"),
    Case(text: "two dozen reps", slot: .teamSize, value: .int(24), span: "two dozen"),
    Case(text: "our 200-person contact center", slot: .teamSize, value: .int(200), span: "200"),
    Case(text: "6 of us", slot: .teamSize, value: .int(6), span: "6"),
    Case(text: "there are 16 of us", slot: .teamSize, value: .int(16), span: "16"),
    Case(text: "plan the week for 40 reps with 2k", slot: .teamSize, value: .int(40), span: "40"),
    Case(text: "ideas for 12 under $300", slot: .teamSize, value: .int(12), span: "12"),
    Case(text: "10 ppl $200", slot: .teamSize, value: .int(10), span: "10"),
    Case(text: "we're 30 support staff", slot: .teamSize, value: .int(30), span: "30"),
    Case(text: "twenty-five employees", slot: .teamSize, value: .int(25), span: "twenty-five"),
    Case(text: "cheap ideas for a night shift of 9", slot: .teamSize, value: .int(9), span: "9"),
    Case(text: "our branch of 14 wants ideas", slot: .teamSize, value: .int(14), span: "14"),
    Case(text: "what would a cookout cost for 45", slot: .teamSize, value: .int(45), span: "45"),
    Case(text: "what would that cost for all 18?", slot: .teamSize, value: .int(18), span: "18"),
  ]

  static let budgets: [Case] = [
    Case(text: "under $300", slot: .budget, value: usd(300), span: "$300"),
    Case(text: "we have 300 dollars", slot: .budget, value: usd(300), span: "300 dollars"),
    Case(text: "a hundred bucks", slot: .budget, value: usd(100), span: "a hundred bucks"),
    Case(text: "budget is 1.5k", slot: .budget, value: usd(1500), span: "1.5k"),
    Case(text: "we can spend 10k", slot: .budget, value: usd(10000), span: "10k"),
    Case(text: "around $2,500 total", slot: .budget, value: usd(2500), span: "$2,500"),
    Case(text: "we have 400 to spend on 20 people", slot: .budget, value: usd(400), span: "400 to spend"),
    Case(text: "around 250 to spend", slot: .budget, value: usd(250), span: "250 to spend"),
    Case(text: "a budget of five hundred", slot: .budget, value: usd(500), span: "five hundred"),
    Case(text: "five hundred dollars", slot: .budget, value: usd(500), span: "five hundred dollars"),
    Case(
      text: "£400 to spend", slot: .budget, value: .money(Money(amount: 400, currency: .gbp)), span: "£400"),
    Case(
      text: "we have €600", slot: .budget, value: .money(Money(amount: 600, currency: .eur)), span: "€600"),
    Case(text: "between $200 and $400", slot: .budget, value: usd(400), span: "$400"),
    Case(text: "at most 250 for everything", slot: .budget, value: usd(250), span: "250"),
    Case(text: "no more than $800", slot: .budget, value: usd(800), span: "$800"),
    Case(text: "up to 350 budget", slot: .budget, value: usd(350), span: "350"),
    Case(text: "about $300", slot: .budget, value: usd(300), span: "$300"),
    Case(text: "things we can do for free", slot: .budget, value: usd(0), span: "free"),
    Case(text: "zero budget ideas", slot: .budget, value: usd(0), span: "zero budget"),
    Case(text: "something that costs nothing", slot: .budget, value: usd(0), span: "costs nothing"),
    Case(text: "we have two grand", slot: .budget, value: usd(2000), span: "two grand"),
  ]

  static let others: [Case] = [
    Case(text: "between $200 and $400", slot: .budgetMin, value: usd(200), span: "$200"),
    Case(text: "$25 per person", slot: .budgetPerPerson, value: usd(25), span: "$25"),
    Case(text: "$10 a head", slot: .budgetPerPerson, value: usd(10), span: "$10"),
    Case(text: "15 dollars per employee", slot: .budgetPerPerson, value: usd(15), span: "15 dollars"),
    Case(text: "ideas for our customers", slot: .audience, value: .text("customers"), span: "our customers"),
    Case(
      text: "staff and customers together", slot: .audience, value: .text("both"), span: "staff and customers"
    ),
    Case(text: "something virtual", slot: .format, value: .text("remote"), span: "virtual"),
    Case(text: "online ideas", slot: .format, value: .text("remote"), span: "online"),
    Case(text: "an in-office event", slot: .format, value: .text("in_person"), span: "in-office"),
    Case(text: "a hybrid team", slot: .format, value: .text("hybrid"), span: "hybrid"),
    Case(text: "ideas for the co-create days", slot: .theme, value: .text("cocreate"), span: "co-create"),
    Case(text: "celebrate day ideas", slot: .theme, value: .text("celebrate"), span: "celebrate"),
    Case(
      text: "tell me more about the house band", slot: .idea, value: .text("house-band"), span: "house band"),
    Case(text: "COOKOUT details", slot: .idea, value: .text("cookout"), span: "COOKOUT"),
    Case(text: "how does the cokout work", slot: .idea, value: .text("cookout"), span: "cokout"),
    Case(text: "Shark-Tank pitches", slot: .idea, value: .text("shark-tank"), span: "Shark-Tank pitches"),
    Case(text: "trick or trunk", slot: .idea, value: .text("trick-or-trunk"), span: "trick or trunk"),
    Case(text: "when is CSW 2027?", slot: .year, value: .int(2027), span: "2027"),
    Case(text: "dates for this year", slot: .year, value: .int(2026), span: "this year"),
    Case(text: "and next year", slot: .year, value: .int(2027), span: "next year"),
    Case(text: "when is csw in 2 years", slot: .year, value: .int(2028), span: "in 2 years"),
    Case(text: "csw in two years' time", slot: .year, value: .int(2028), span: "in two years' time"),
    Case(text: "dates 3 years from now", slot: .year, value: .int(2029), span: "3 years from now"),
    Case(text: "and in a year?", slot: .year, value: .int(2027), span: "in a year"),
    Case(text: "tell me about the second one", slot: .ordinal, value: .int(2), span: "second"),
    Case(text: "#3", slot: .ordinal, value: .int(3), span: "3"),
    Case(text: "export the plan to plan.md", slot: .filename, value: .text("plan.md"), span: "plan.md"),
    Case(
      text: "export to \"quarterly plan.md\"", slot: .filename, value: .text("quarterly plan.md"),
      span: "quarterly plan.md"),
    Case(text: "export to plan.pdf", slot: .filename, value: .text("plan.pdf"), span: "plan.pdf"),
    Case(text: "save to notes", slot: .filename, value: .text("notes"), span: "notes"),
    Case(
      text: "save this as csw-2027 plan", slot: .filename, value: .text("csw-2027-plan"),
      span: "csw-2027 plan"),
    Case(
      text: "save it as Final_Draft v2 please", slot: .filename, value: .text("Final_Draft-v2"),
      span: "Final_Draft v2"),
    Case(
      text: "save the plan to /etc/passwd", slot: .filename, value: .text("/etc/passwd"), span: "/etc/passwd"),
    Case(
      text: "can you save that as our october plan", slot: .filename, value: .text("october-plan"),
      span: "october plan"),
    Case(text: "save it as the final plan", slot: .filename, value: .text("final-plan"), span: "final plan"),
    Case(text: "export it again, overwrite", slot: .overwrite, value: .flag, span: "overwrite"),
  ]

  @Test(arguments: teamSizes + budgets + others)
  func findsValueAndSpan(_ c: Case) {
    let found = Fixtures.entities(c.text).filter { $0.0 == c.slot }
    #expect(found.count == 1, "entities: \(Fixtures.entities(c.text))")
    #expect(found.first?.1 == c.value)
    #expect(found.first?.2 == c.span)
  }

  @Test(arguments: [
    "tell me more about \"the house band\"", "plan the week to celebrate", "we need 2.5k for e.g. food",
    "what's the plan for 24/7 teams", "save it as a file for my boss", "export to the shared drive",
  ])
  func textsThatNameNoFile(_ text: String) {
    #expect(!Fixtures.entities(text).contains { $0.0 == .filename }, "\(Fixtures.entities(text))")
  }

  @Test(arguments: ["12345", "the 3rd", "order #4521 is late", "call me at 5", "42", "it took 3 hours"])
  func numbersThatAreNeitherTeamSizeNorMoney(_ text: String) {
    let slots = Fixtures.entities(text).map(\.0)
    #expect(!slots.contains(.teamSize), "\(slots)")
    #expect(!slots.contains(.budget), "\(slots)")
    #expect(!slots.contains(.budgetPerPerson), "\(slots)")
  }

  @Test(arguments: [
    "$9223372036854775807", "9223372036854775807 people", "a budget of 10000000000000 dollars",
    "$1,000,000,000,000,000",
  ])
  func absurdNumbersAreNeitherMoneyNorCounts(_ text: String) {
    #expect(
      Fixtures.entities(text).allSatisfy { $0.0 != .budget && $0.0 != .teamSize },
      "\(Fixtures.entities(text))")
  }

  /// A number before a word for ideas is how many ideas to show, never a team size or a budget.
  static let ideaCounts: [(String, Int?, Int?)] = [
    ("give me 3 ideas for 10 people", 3, 10), ("top 10 suggestions for 40 reps", 10, 40),
    ("two more options", 2, nil), ("ideas for 3 people", nil, 3), ("top 3 halloween ideas for 40", 3, 40),
    ("5 cheap food ideas", 5, nil), ("12 remote people ideas", nil, 12),
  ]

  @Test(arguments: ideaCounts)
  func aCountOfIdeasIsACue(_ text: String, _ count: Int?, _ team: Int?) {
    let parse = Fixtures.parser.parse(text, today: Fixtures.today)
    let cue = parse.cues.first { $0.name == "idea_count" }
    #expect(cue?.count == count, "\(text)")
    #expect(Slots(entities: parse.entities, allowed: [.teamSize]).teamSize == team, "\(text)")
  }

  /// What a price is for is people: "cost for 45" is no budget of $45.
  @Test func aPriceForACountIsNoBudget() {
    #expect(!Fixtures.entities("how much would a catered lunch cost for 45").contains { $0.0 == .budget })
    #expect(Fixtures.entities("it can cost up to 400").contains { $0.0 == .budget })
  }

  @Test func countsOfPeopleAreNotMoneyEvenWithThousands() {
    let e = Fixtures.entities("a 2k employee company")
    #expect(e.contains { $0.0 == .teamSize && $0.1 == .int(2000) })
    #expect(!e.contains { $0.0 == .budget })
  }

  @Test func customerServiceWeekIsNotAnAudience() {
    #expect(!Fixtures.entities("ideas for customer service week").contains { $0.0 == .audience })
  }

  @Test func everydayCelebrateIsNotATheme() {
    #expect(!Fixtures.entities("how can we celebrate our support team").contains { $0.0 == .theme })
  }

  /// "free" before a thing given away describes the thing; before a word for the ideas, a
  /// joining word or at the end it is the budget.
  @Test(arguments: [
    ("give a free cookie to every shopper", false), ("free pizza for the night shift", false),
    ("free ideas for 12 people", true), ("something free please", true), ("can it be free", true),
    ("free and fun things for the team", true), ("things we can do for free", true),
  ])
  func freeIsABudgetOnlyForTheIdeas(_ text: String, _ isBudget: Bool) {
    let e = Fixtures.entities(text)
    #expect(e.contains { $0.0 == .budget && $0.1 == Self.usd(0) } == isBudget, "\(e)")
  }

  /// A kind said with a negation is one to leave out; "not just" widens instead.
  @Test(arguments: [
    ("any ideas that don't involve food", [Kind](), [Kind.food]), ("games but no food", [.games], [.food]),
    ("anything but sports", [], [.sports]), ("something without music", [], [.music]),
    ("not just food", [.food], []), ("food and music", [.food, .music], []),
  ])
  func aNegatedKindIsLeftOut(_ text: String, _ kinds: [Kind], _ without: [Kind]) {
    let slots = Slots(
      entities: Fixtures.parser.parse(text, today: Fixtures.today).entities, allowed: [.kinds, .withoutKinds])
    #expect(slots.kinds == kinds, "\(text)")
    #expect(slots.withoutKinds == without, "\(text)")
  }

  /// An adjective made from a kind's word names the kind ("musical" → music); words that only
  /// end like one do not.
  @Test(arguments: [
    ("something musical", [Kind.music]), ("a sporty afternoon", [.sports]), ("outdoorsy ideas", [.outdoor]),
    ("nothing musical, just food", [.food]), ("is it really usual", []), ("a royal festival", []),
    ("ideas for 12", []),
  ])
  func anAdjectiveOfAKindWordNamesTheKind(_ text: String, _ kinds: [Kind]) {
    let parse = Fixtures.parser.parse(text, today: Fixtures.today)
    let slots = Slots(entities: parse.entities, allowed: [.kinds, .withoutKinds])
    #expect(slots.kinds == kinds, "\(text)")
  }

  /// "everyone" as the one doing something is the team; "for everyone" is staff and customers.
  @Test(arguments: [
    ("so everyone gets a new headshot", nil), ("a playlist everyone adds songs to", nil),
    ("ideas for everyone, customers included", "both"), ("something for everybody", "both"),
  ])
  func everyoneIsBothOnlyAsWhoItIsFor(_ text: String, _ audience: String?) {
    let found = Fixtures.entities(text).first { $0.0 == .audience }?.1
    #expect(found == audience.map { Entity.Value.text($0) }, "\(text)")
  }
}

@Suite struct CountModifierTests {
  /// A format word between a count and its noun is the format's; other modifiers stay the count's.
  @Test(arguments: [
    ("12 remote people", Format.remote), ("40 hybrid customer service reps", .hybrid),
    ("20 onsite agents", .inPerson), ("a team of 9 virtual staff", .remote),
  ])
  func aFormatBetweenCountAndNounIsRead(_ text: String, _ format: Format) {
    let e = Fixtures.entities(text)
    #expect(e.contains { $0.0 == .teamSize }, "\(e)")
    #expect(e.contains { $0.0 == .format && $0.1 == .text(format.rawValue) }, "\(e)")
    #expect(!e.contains { $0.0 == .audience }, "\(e)")
  }
}

/// A bare "both" is an audience only where it says who: "make it for both", "both staff and clients".
@Suite struct BothTests {
  @Test(arguments: [
    ("make it for both", true), ("both employees and customers", true), ("tea, coffee or both", false),
  ])
  func bothIsAnAudienceOnlyWhereItSaysWho(_ text: String, _ audience: Bool) {
    #expect(Fixtures.entities(text).contains { $0.0 == .audience } == audience, "\(Fixtures.entities(text))")
  }
}

/// Part of an idea's name after "about" names the idea when no other idea shares the words.
@Suite struct IdeaReferenceTests {
  @Test(arguments: [
    ("tell me about the shark", "shark-tank"), ("tell me more about the tank", "shark-tank"),
    ("what about the shark tank thing", "shark-tank"), ("tell me about the band", "house-band"),
  ])
  func partOfANameNamesTheIdea(_ text: String, _ id: String) {
    #expect(
      Fixtures.entities(text).contains { $0.0 == .idea && $0.1 == .text(id) }, "\(Fixtures.entities(text))")
  }

  @Test(arguments: [
    "tell me about the customer", "tell me more about the house", "what about remote?", "how about 40 people",
    "tell me about it", "tell me something interesting about sharks",
  ])
  func wordsSharedOrNotInANameNameNoIdea(_ text: String) {
    #expect(!Fixtures.entities(text).contains { $0.0 == .idea }, "\(Fixtures.entities(text))")
  }
}

/// Part of the team working one way means the team works both ways: hybrid.
@Suite struct FormatMixTests {
  /// The format's span runs from the part to the format words; the rest of the line keeps its slots.
  @Test(arguments: [
    ("half the team works from home", "half the team works from home", [SlotName]()),
    ("some of us are remote", "some of us are remote", []),
    (
      "part of the team is in the office and part at home",
      "part of the team is in the office and part at home", []
    ),
    ("ideas for 12, half the team works from home", "half the team works from home", [.teamSize]),
    ("most agents work from home, budget $500", "most agents work from home", [.budget]),
    ("the rest of us are in the office", "the rest of us are in the office", []),
  ])
  func aPartOfTheTeamWorkingOneWayIsHybrid(_ text: String, _ span: String, _ others: [SlotName]) {
    let entities = Fixtures.entities(text)
    let formats = entities.filter { $0.0 == .format }
    #expect(formats.count == 1, "\(entities)")
    #expect(formats.first?.1 == .text("hybrid"))
    #expect(formats.first?.2 == span)
    #expect(entities.map(\.0).filter { $0 != .format } == others, "\(entities)")
  }

  @Test(arguments: [
    ("some remote ideas", "remote"), ("ideas for a few people online", "remote"),
    ("we all work from home", "remote"), ("what about remote instead of in person", "remote"),
    ("our team is at home", "remote"), ("half remote", "hybrid"), ("12 remote people", "remote"),
    ("two of our clients will join remotely", "remote"), ("some of the customers are online", "remote"),
  ])
  func noPartOfTheTeamKeepsTheFormat(_ text: String, _ format: String) {
    let formats = Fixtures.entities(text).filter { $0.0 == .format }
    #expect(formats.first?.1 == .text(format), "\(Fixtures.entities(text))")
  }

  /// A part of the customers is not a part of the team: its format words say how the customers
  /// join, and the words between stay content words of the search ("speak").
  @Test func aPartOfTheCustomersLeavesTheLineItsWords() {
    let text = "could one of our customers speak on zoom"
    let formats = Fixtures.entities(text).filter { $0.0 == .format }
    #expect(formats.map(\.2) == ["on zoom"], "\(Fixtures.entities(text))")
    #expect(Fixtures.matcher.content(of: text, today: Fixtures.today).terms.contains(Stemmer.stem("speak")))
  }
}
