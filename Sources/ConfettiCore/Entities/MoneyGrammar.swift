/// Finds money: budgets, budget ranges and per-person amounts.
///
/// Most specific shapes first: a currency sign or word ("$300", "300 dollars",
/// "£400"), a thousands suffix ("2k", "two grand"), a number after a budget
/// cue ("under 300", "budget of 500"), and the zero phrases ("free", "zero
/// budget", "costs nothing"). Then each amount is classed: the lower end of a
/// range ("between $200 and $400"), per person ("$25 per person", "$10 a
/// head"), or the total budget.
///
/// ```swift
/// // "between $200 and $400" → budget_min $200, budget $400
/// ```
public enum MoneyGrammar {
  private struct Found {
    var range: Range<Int>
    var money: Money
    /// False for an amount said with no currency ("a 500 budget", "2k"): in the conversation's.
    var stated = true
  }

  static func apply(_ scan: inout EntityScan) {
    var found: [Found] = []
    var i = 0
    while i < scan.tokens.count {
      if let f = explicitMoney(scan, at: i) ?? zeroPhrase(scan, at: i) ?? cuedNumber(scan, at: i)
        ?? bareNumber(scan, at: i)
      {
        found.append(f)
        i = f.range.upperBound
      } else {
        i += 1
      }
    }
    // "budget: -100" keeps its sign, for the conversation to question.
    for k in found.indices where found[k].range.contains(where: { scan.tokens[$0].isNegative }) {
      found[k].money.amount = -found[k].money.amount
    }
    for f in found where !f.stated { scan.unstatedCurrency.insert(f.range.lowerBound) }
    var k = 0
    while k < found.count {
      let f = found[k]
      // A range: "$200 to $400", "between 200 and 400", "$200-400".
      if let upper = rangeEnd(scan, after: f, next: k + 1 < found.count ? found[k + 1] : nil) {
        scan.add(.budgetMin, .money(f.money), valueTokens: f.range)
        scan.add(.budget, .money(upper.money), valueTokens: upper.range)
        k += (k + 1 < found.count && found[k + 1].range == upper.range) ? 2 : 1
        continue
      }
      if let lower = rangeStart(scan, before: f),
        !found.contains(where: { $0.range.contains(lower.range.lowerBound) })
      {
        scan.add(.budgetMin, .money(lower.money), valueTokens: lower.range)
        scan.add(.budget, .money(f.money), valueTokens: f.range)
        k += 1
        continue
      }
      if let marker = perPersonMarker(scan, after: f.range.upperBound) {
        scan.add(
          .budgetPerPerson, .money(f.money), valueTokens: f.range,
          claim: f.range.lowerBound..<marker.upperBound)
      } else if perPersonBefore(scan, f.range.lowerBound) {
        scan.add(.budgetPerPerson, .money(f.money), valueTokens: f.range)
      } else if let cue = minimumCue(scan, before: f.range.lowerBound) {
        scan.add(
          .budgetMin, .money(f.money), valueTokens: f.range, claim: cue.lowerBound..<f.range.upperBound)
      } else {
        scan.add(.budget, .money(f.money), valueTokens: f.range)
      }
      k += 1
    }
  }

  /// An amount written on its own, as a command's option gives it, read with the same shapes as
  /// a sentence: "£150", "150 GBP", "EUR 80", "$1.5k", or a bare number ("150", "2k", "1,500"),
  /// whose currency is nil (for the caller to choose). A leading minus makes it negative, for the
  /// caller to refuse with a reason. Nil for anything else ("150 for 12 people", "cheap").
  ///
  /// ```swift
  /// MoneyGrammar.amount("150 GBP")  // (150, .gbp)
  /// MoneyGrammar.amount("150")      // (150, nil)
  /// ```
  public static func amount(_ text: String) -> (value: Double, currency: Money.Currency?)? {
    let scan = EntityScan(tokens: Tokenizer.tokenize(text))
    let count = scan.tokens.count
    guard count > 0 else { return nil }
    let sign: Double =
      text.first(where: { !$0.isWhitespace }).map { $0 == "-" || $0 == "\u{2212}" } == true ? -1 : 1
    if let n = scan.number(at: 0), n.length == count { return (sign * n.value, nil) }
    guard let f = explicitMoney(scan, at: 0), f.range == 0..<count else { return nil }
    return (sign * f.money.amount, f.money.currency)
  }

  /// "at least", "no less than", "a minimum of" just before `start` (but not "no more than").
  static func minimumCue(_ scan: EntityScan, before start: Int) -> Range<Int>? {
    for cue in WordLists.minimumCues where start - cue.count >= 0 && scan.matches(cue, at: start - cue.count)
    {
      let from = start - cue.count
      if cue == ["more", "than"], let w = scan.text(from - 1), w == "no" || w == "not" { return nil }
      return from..<start
    }
    return nil
  }

  /// "$300", "$1.5k", "300 dollars", "300$", "five hundred bucks", "2k", "two grand".
  private static func explicitMoney(_ scan: EntityScan, at i: Int) -> Found? {
    let tokens = scan.tokens
    guard scan.isFree(i..<(i + 1)) else { return nil }
    if let f = codeBefore(scan, at: i) { return f }
    if let currency = WordLists.currencySymbols[tokens[i].text] {
      guard let n = scan.number(at: i + 1), scan.isFree((i + 1)..<(i + 1 + n.length)) else {
        return nil
      }
      var end = i + 1 + n.length
      if let t = scan.text(end), WordLists.currencyWords[t] != nil { end += 1 }
      return Found(range: i..<end, money: Money(amount: n.value, currency: currency))
    }
    guard let n = scan.number(at: i), scan.isFree(i..<(i + n.length)) else { return nil }
    let after = i + n.length
    if after < tokens.count {
      let next = tokens[after]
      if next.kind == .symbol, next.isJoined, let currency = WordLists.currencySymbols[next.text] {
        return Found(range: i..<(after + 1), money: Money(amount: n.value, currency: currency))
      }
      if let currency = WordLists.currencyWords[next.text] {
        return Found(range: i..<(after + 1), money: Money(amount: n.value, currency: currency))
      }
      // "3.14US$", "300 CA$"
      if next.kind == .word, let currency = WordLists.dollarPrefixes[next.text], after + 1 < tokens.count,
        tokens[after + 1].text == "$", tokens[after + 1].isJoined
      {
        return Found(range: i..<(after + 2), money: Money(amount: n.value, currency: currency))
      }
    }
    // "2k" is money, but "a team of four million" is a head count (too large, asked about).
    let hugeTeam =
      n.value > Double(TeamSizeGrammar.range.upperBound) && TeamSizeGrammar.groupCue(scan, before: i)
    if n.hasThousandsSuffix && !countsPeople(scan, after: after) && !hugeTeam {
      return Found(range: i..<after, money: .usd(n.value), stated: false)
    }
    return nil
  }

  /// A currency written before the amount: "USD3.14", "EUR 20", "Rs 500", "US$ 3.14", "CA$300",
  /// and "a dollar", "a buck", "a euro".
  private static func codeBefore(_ scan: EntityScan, at i: Int) -> Found? {
    let tokens = scan.tokens
    guard tokens[i].kind == .word else { return nil }
    var currency: Money.Currency?
    var start = i + 1
    if scan.text(i + 1) == "$", tokens[i + 1].isJoined, let c = WordLists.dollarPrefixes[tokens[i].text] {
      currency = c
      start = i + 2
    } else if let c = WordLists.currencyCodes[tokens[i].text] {
      currency = c
    } else if tokens[i].text == "a" || tokens[i].text == "one", let w = scan.text(i + 1),
      ["dollar", "buck", "euro"].contains(w), let c = WordLists.currencyWords[w]
    {
      return Found(range: i..<(i + 2), money: Money(amount: 1, currency: c))
    }
    guard let currency, let n = scan.number(at: start),
      scan.isFree(start..<(start + n.length))
    else { return nil }
    return Found(range: i..<(start + n.length), money: Money(amount: n.value, currency: currency))
  }

  /// The lower end of a range written before an amount that carries the currency: "10-20 dollars",
  /// "between 10 and 20 dollars", "from 10 to 20 euros".
  private static func rangeStart(_ scan: EntityScan, before f: Found) -> Found? {
    let s = f.range.lowerBound
    var lower: Int
    if scan.tokens.indices.contains(s), scan.tokens[s].isAfterHyphen, s >= 1,
      scan.tokens[s - 1].kind == .number
    {
      lower = s - 1
    } else if s >= 2, let joiner = scan.text(s - 1), joiner == "to" || joiner == "and",
      scan.tokens[s - 2].kind == .number
    {
      lower = s - 2
      if joiner == "and" && !(scan.text(lower - 1) == "between") { return nil }
    } else {
      return nil
    }
    guard scan.isFree(lower..<(lower + 1)), let n = scan.number(at: lower),
      n.length == 1,
      n.value < f.money.amount
    else { return nil }
    return Found(range: lower..<(lower + 1), money: Money(amount: n.value, currency: f.money.currency))
  }

  /// Phrases for spending nothing ("zero budget", "costs nothing"), tried in order.
  static let zeroPhrases: [[String]] = [
    ["zero", "budget"], ["no", "budget"], ["0", "budget"], ["zero", "dollar", "budget"],
    ["costs", "nothing"],
    ["cost", "nothing"], ["costing", "nothing"], ["no", "money"], ["zero", "cost"], ["no", "cost"],
    ["zero", "spend"], ["no", "spend"], ["spend", "nothing"], ["spending", "nothing"],
    ["without", "spending", "anything"], ["without", "spending", "a", "dime"], ["without", "spending"],
    ["no", "cash"], ["free", "of", "charge"], ["nothing", "to", "spend"], ["no", "funds"],
    ["zero", "funds"],
    ["budget", "of", "zero"], ["budget", "is", "zero"], ["budget", "is", "nothing"], ["nada"],
    ["zero", "dollars"], ["cost", "free"], ["costs", "zero"],
  ]
  /// The first words of ``zeroPhrases``: a word not among them starts none.
  static let zeroFirstWords = Set(zeroPhrases.map { $0[0] })

  /// "free", "zero budget", "no budget", "costs nothing", "$0" (handled above), "no money".
  private static func zeroPhrase(_ scan: EntityScan, at i: Int) -> Found? {
    if let first = scan.text(i), zeroFirstWords.contains(first) {
      for p in zeroPhrases where scan.matches(p, at: i) && scan.isFree(i..<(i + p.count)) {
        return Found(range: i..<(i + p.count), money: .usd(0))
      }
    }
    // "food-free" leaves food out (``NegationGrammar``); it is no budget.
    if scan.text(i) == "free" && scan.isFree(i..<(i + 1)) && !scan.tokens[i].isAfterHyphen {
      let before: Set<String> = [
        "feel", "gluten", "sugar", "stress", "hassle", "dairy", "nut", "alcohol", "smoke", "duty", "tax",
        "toll", "hands", "scot", "fat", "caffeine", "risk", "carbon", "error", "bug", "lactose",
      ]
      let after: Set<String> = [
        "time", "shipping", "trial", "period", "throw", "throws", "will", "speech", "agent",
      ]
      if let b = scan.text(i - 1), before.contains(b) { return nil }
      // "half of them are free that week": free as in available, not a budget.
      if let b = scan.text(i - 1), ["are", "is", "be", "were", "'re", "aren't", "isn't"].contains(b),
        let a = scan.text(i + 1),
        ["that", "this", "on", "to", "during", "next", "all", "then", "until"].contains(a)
      {
        return nil
      }
      if let a = scan.text(i + 1), after.contains(a) { return nil }
      // "a free cookie", "free pizza for shoppers": a thing given away, not a budget. Only a word
      // for the ideas themselves ("free ideas", "free stuff"), a joining word or the end of the
      // line leaves "free" the budget.
      if i + 1 < scan.tokens.count, scan.tokens[i + 1].kind == .word, let a = scan.text(i + 1),
        !WordLists.freeBudgetFollowers.contains(a)
      {
        return nil
      }
      return Found(range: i..<(i + 1), money: .usd(0))
    }
    return nil
  }

  /// A bare number after a budget cue: "under 300", "budget of 500", "at most 1,000", "up to 250".
  private static func cuedNumber(_ scan: EntityScan, at i: Int) -> Found? {
    guard
      scan.tokens[i].kind == .number || NumberGrammar.isUnitOrTen(scan.tokens[i].text)
    else { return nil }
    guard let n = scan.number(at: i), scan.isFree(i..<(i + n.length)) else { return nil }
    guard !countsPeople(scan, after: i + n.length) else { return nil }
    let end = i + n.length
    if hasBudgetCue(scan, before: i) { return Found(range: i..<end, money: .usd(n.value), stated: false) }
    // "250 to spend", "300 to play with", "400 to work with": the cue after the amount.
    // "2 to spend the night" spends time, not money.
    let timeAfter = scan.text(end + 2).map {
      ["the", "a", "an", "time", "night", "day", "days", "hours"].contains($0)
    }
    for tail in spendingTails
    where scan.matches(tail, at: end) && scan.isFree(end..<(end + tail.count))
      && !(tail == ["to", "spend"] && timeAfter == true)
    {
      return Found(range: i..<(end + tail.count), money: .usd(n.value), stated: false)
    }
    // "a 500 budget", "our 300 pot" (not "of 120, budget 5k")
    if let w = scan.text(end), budgetNouns.contains(w), !scan.isSeparated(before: end) {
      return Found(range: i..<end, money: .usd(n.value), stated: false)
    }
    return nil
  }

  /// Words after an amount that make it money: "300 to play with".
  static let spendingTails: [[String]] = [
    ["to", "spend"], ["to", "play", "with"], ["to", "work", "with"], ["to", "use"], ["in", "the", "pot"],
    ["approved"], ["allocated"], ["set", "aside"], ["earmarked"], ["budgeted"], ["signed", "off"],
  ]
  /// Words before an amount that, after a count of people, make it money: "for 30 people with
  /// 1800", "14 agents, around 400", "a week for 45 people on 2500".
  static let countedAmountCues: Set<String> = [
    "with", "and", "around", "about", "roughly", "approximately", "approx", "~", ",", "maybe", "on",
  ]
  /// Nouns after an amount that make it the budget: "a 500 budget".
  static let budgetNouns: Set<String> = ["budget", "pot", "kitty", "allowance", "budgets"]

  /// A number with no cue of its own that is money by its place in the line: "15 per head" (with a
  /// per-person word after it), or "with 1800" after a count of people ("plan the week for 30
  /// people with 1800"), where the number is neither a count nor a year.
  private static func bareNumber(_ scan: EntityScan, at i: Int) -> Found? {
    guard scan.tokens[i].kind == .number, let n = scan.number(at: i), scan.isFree(i..<(i + n.length)),
      !countsPeople(scan, after: i + n.length)
    else { return nil }
    let end = i + n.length
    if perPersonMarker(scan, after: end) != nil {
      return Found(range: i..<end, money: .usd(n.value), stated: false)
    }
    guard let w = scan.text(i - 1), countedAmountCues.contains(w),
      scan.text(end).map({
        !["more", "extra", "of", "%", "percent", "days", "hours", "minutes"].contains($0)
      })
        ?? true
    else { return nil }
    // "on 2500" is money at the end of a phrase, not "on 3 shifts".
    if w == "on", end < scan.tokens.count, scan.tokens[end].kind == .word { return nil }
    // A count of people earlier in the line: "for 30 people with 1800".
    let counted = (0..<max(0, i - 1)).contains { j in
      scan.tokens[j].kind == .number && TeamSizeGrammar.peopleNoun(scan, after: j + 1) != nil
    }
    return counted ? Found(range: i..<end, money: .usd(n.value), stated: false) : nil
  }

  static func hasBudgetCue(_ scan: EntityScan, before i: Int) -> Bool {
    var j = i - 1
    var skipped = 0
    while j >= 0 && skipped <= 4 {
      let w = scan.tokens[j].text
      // "what would it cost for 45": what a price is for is a count of people, not the money.
      if WordLists.priceWords.contains(w) && scan.text(i - 1) == "for" { return false }
      if WordLists.budgetCues.contains(w) { return true }
      if w == "to" && scan.text(j - 1) == "up" { return true }
      if w == "between" || w == "from" {
        // "between 200 and 400" only counts as money when the sentence speaks of money.
        return scan.tokens.contains { WordLists.budgetCues.contains($0.text) || $0.text == "$" }
      }
      guard WordLists.budgetFillers.contains(w) else { return false }
      j -= 1
      skipped += 1
    }
    return false
  }

  /// True when people are counted right after `index`: "2k [employees]", "300 [support reps]".
  static func countsPeople(_ scan: EntityScan, after index: Int) -> Bool {
    TeamSizeGrammar.peopleNoun(scan, after: index) != nil
  }

  /// The upper end of a range starting at `f`, if one follows.
  private static func rangeEnd(_ scan: EntityScan, after f: Found, next: Found?) -> Found? {
    let end = f.range.upperBound
    guard end < scan.tokens.count else { return nil }
    let joiner = scan.tokens[end].text
    var start: Int
    if ["and", "to", "or", "-"].contains(joiner) {
      start = end + 1
    } else if scan.tokens[end].isAfterHyphen {
      start = end
    } else {
      return nil
    }
    if scan.text(start) == "about" || scan.text(start) == "around" { start += 1 }
    if let next, next.range.lowerBound == start { return next }
    // A bare number inherits the first amount's currency and thousands suffix: "$200 to 400".
    guard scan.isFree(start..<(start + 1)), let n = scan.number(at: start),
      scan.isFree(start..<(start + n.length)), !countsPeople(scan, after: start + n.length)
    else { return nil }
    var amount = n.value
    if amount < f.money.amount && amount * 1000 >= f.money.amount && !n.hasThousandsSuffix {
      amount *= 1000
    }
    guard amount >= f.money.amount else { return nil }
    return Found(range: start..<(start + n.length), money: Money(amount: amount, currency: f.money.currency))
  }

  /// The words after an amount that make it per person: "per person", "a head", "each", "/person", "pp".
  private static func perPersonMarker(_ scan: EntityScan, after end: Int) -> Range<Int>? {
    guard let w = scan.text(end) else { return nil }
    switch w {
    case "each", "pp", "apiece", "ea", "pph":
      return end..<(end + 1)
    case "per", "a", "an", "/", "for":
      var j = end + 1
      if w == "for", scan.text(j) == "each" { j += 1 }
      if w == "for" && j == end + 1 { return nil }
      if let noun = scan.text(j), WordLists.perPersonNouns.contains(Lexicon.stem(noun)) || noun == "people" {
        return end..<(j + 1)
      }
      if w == "for" && j == end + 2 { return end..<j }
      return nil
    default:
      return nil
    }
  }

  /// "per person budget of $25", "per head: $10".
  private static func perPersonBefore(_ scan: EntityScan, _ start: Int) -> Bool {
    var j = start - 1
    var steps = 0
    while j >= 1 && steps < 5 {
      if scan.tokens[j - 1].text == "per",
        WordLists.perPersonNouns.contains(Lexicon.stem(scan.tokens[j].text))
      {
        return true
      }
      j -= 1
      steps += 1
    }
    return false
  }
}
