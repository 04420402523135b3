/// One way to run an idea at a price: fixed costs plus a cost per person, and per guest when
/// the idea invites people beyond the team (families, key customers).
///
/// Figures are US-dollar estimates: Confetti's own unless the tier's ``basis`` cites a page. A fixed
/// part that is really sized to the group (a prize pool, platters, supplies) says for how many
/// people it was estimated (``fixedSizedFor``); a smaller team pays its share of it. One bought
/// again for every so many people (trophies) says how many (``fixedPer``).
///
/// ```swift
/// let tier = CostTier(name: "simple", description: "hot dogs", fixed: 40, perPerson: 8, value: 5)
/// tier.cost(for: 12)       // 136
/// tier.breakdown(for: 12)  // "$8/person × 12 + $40 = $136"
/// let prizes = CostTier(name: "prizes", description: "", fixed: 60, perPerson: 1, value: 5, fixedSizedFor: 20)
/// prizes.cost(for: 6)      // 24: $18 of the $60 pool, plus $6
/// ```
public struct CostTier: Sendable, Equatable {
  public var name: String
  public var description: String
  public var fixed: Double
  public var perPerson: Double
  /// The team's estimate of this tier's impact, 1–10.
  public var value: Int
  /// The formats this tier works for when narrower than its idea's (a printed wall map is
  /// in person only); nil means every format of the idea.
  public var formats: [Format]?
  /// The team size the fixed part was estimated for, when it grows with the group (a prize pool,
  /// platters): a smaller team pays that share of it. Nil when the fixed part is the same for any
  /// team (a rented band, a speaker).
  public var fixedSizedFor: Int?
  /// The guests the tier pays for, per person on the team (1.5: a team of 20 brings 30): Confetti's
  /// estimate, used when the person has not said how many come.
  public var guestsPerPerson: Double
  /// The fewest and the most guests that estimate gives, when the guests are people who attend
  /// whatever the team's size (customers at an open day: a bakery of six still welcomes thirty,
  /// a centre of a thousand not five thousand). Nil for no bound.
  public var guestsMin: Int?
  public var guestsMax: Int?
  /// What each guest costs.
  public var perGuest: Double
  /// The fixed costs buy for this many people at most (a trophy and a prize table for every 50),
  /// so a larger team buys them again; nil for once whatever the size.
  public var fixedPer: Int?
  /// True when the cost is for a whole year (a monthly budget, a stipend spent over the year):
  /// it is never counted against a week's budget.
  public var annual: Bool
  /// Where the figure comes from, in a line of our own words ("a buffet lunch at about $25 a
  /// head"), and who says so; nil when the idea's cost note covers it.
  public var basis: Basis?

  /// Where a tier's figure comes from.
  public struct Basis: Sendable, Equatable {
    public var note: String
    public var source: Source

    public init(note: String, source: Source) {
      self.note = note
      self.source = source
    }
  }

  public init(
    name: String, description: String, fixed: Double, perPerson: Double, value: Int, formats: [Format]? = nil,
    fixedSizedFor: Int? = nil, guestsPerPerson: Double = 0, guestsMin: Int? = nil, guestsMax: Int? = nil,
    perGuest: Double = 0, fixedPer: Int? = nil, annual: Bool = false,
    basis: Basis? = nil
  ) {
    self.name = name
    self.description = description
    self.fixed = fixed
    self.perPerson = perPerson
    self.value = value
    self.formats = formats
    self.fixedSizedFor = fixedSizedFor
    self.guestsPerPerson = guestsPerPerson
    self.guestsMin = guestsMin
    self.guestsMax = guestsMax
    self.perGuest = perGuest
    self.fixedPer = fixedPer
    self.annual = annual
    self.basis = basis
  }

  /// The guests a team of `teamSize` brings: the count the person gave (`stated`, "about 60
  /// guests") when the tier invites guests at all, else Confetti's estimate: the tier's guests per
  /// person (rounded up), kept within ``guestsMin`` and ``guestsMax``.
  public func guests(for teamSize: Int, stated: Int? = nil) -> Int {
    guard guestsPerPerson > 0 else { return 0 }
    if let stated { return max(stated, 0) }
    var n = Int((Double(max(teamSize, 0)) * guestsPerPerson).rounded(.up))
    if let low = guestsMin { n = max(n, low) }
    if let high = guestsMax { n = min(n, high) }
    return n
  }

  /// True when the guests counted are Confetti's estimate: the tier invites guests and the person
  /// did not say how many come.
  public func guestsEstimated(stated: Int?) -> Bool {
    guestsPerPerson > 0 && stated == nil
  }

  /// How many times the fixed costs are bought for a team of `teamSize`.
  public func fixedLots(for teamSize: Int) -> Int {
    guard let per = fixedPer, per > 0 else { return 1 }
    return max(1, (teamSize + per - 1) / per)
  }

  /// The fixed part for `teamSize` people, bought once: all of it, or for a team smaller than
  /// ``fixedSizedFor`` its share, rounded up to a whole dollar.
  public func fixed(for teamSize: Int) -> Double {
    guard let group = fixedSizedFor, teamSize < group, fixed > 0 else { return fixed }
    return min(fixed, (fixed * Double(max(teamSize, 1)) / Double(group)).rounded(.up))
  }

  /// The whole cost for a team of `teamSize` (a year's, for an ``annual`` tier), with `guests`
  /// when the person said how many come (see ``guests(for:stated:)``).
  public func cost(for teamSize: Int, guests stated: Int? = nil) -> Double {
    fixed(for: teamSize) * Double(fixedLots(for: teamSize)) + perPerson * Double(teamSize)
      + perGuest * Double(guests(for: teamSize, stated: stated))
  }

  /// What the tier takes from a week's budget: nothing for an ``annual`` tier.
  public func weekCost(for teamSize: Int, guests stated: Int? = nil) -> Double {
    annual ? 0 : cost(for: teamSize, guests: stated)
  }

  public var isFree: Bool { fixed == 0 && perPerson == 0 && perGuest == 0 }

  /// "$8/person × 12 + $40 = $136"; guests, fixed costs bought per group of people and a year's
  /// cost say so ("$18/guest × 30 guests", "$60 × 3, one per 50 people", "a year"), and guests
  /// nobody counted are labelled as Confetti's estimate ("$10/guest × 30 guests (Confetti's estimate)").
  public func breakdown(for teamSize: Int, guests stated: Int? = nil) -> String {
    breakdown(for: teamSize, guests: stated) { Money.usd($0).description }
  }

  /// The breakdown with each amount written by `money` (a converted price, for one).
  public func breakdown(for teamSize: Int, guests stated: Int? = nil, money: (Double) -> String) -> String {
    // Written into one string term by term, " + " between terms (this runs for every idea
    // shown, in the reply and in its JSON record alike).
    var text = ""
    text.reserveCapacity(96)
    if perPerson > 0 {
      text += money(perPerson)
      text += "/person × "
      text += String(teamSize)
    }
    let guests = guests(for: teamSize, stated: stated)
    if perGuest > 0 && guests > 0 {
      if !text.isEmpty { text += " + " }
      text += money(perGuest)
      text += "/guest × "
      text += String(guests)
      text += guestsEstimated(stated: stated) ? " guests (Confetti's estimate)" : " guests"
    }
    let year = annual ? " a year" : ""
    let fixed = fixed(for: teamSize)
    if fixed > 0 {
      if let per = fixedPer {
        if !text.isEmpty { text += " + " }
        text += money(fixed)
        text += " × "
        text += String(fixedLots(for: teamSize))
        text += " (one per \(per) people)"
      } else if text.isEmpty {
        return "\(money(fixed)) flat\(year)"
      } else {
        text += " + "
        text += money(fixed)
      }
    }
    guard !text.isEmpty else { return "free" }
    text += " = "
    text += money(cost(for: teamSize, guests: stated))
    text += year
    return text
  }
}
