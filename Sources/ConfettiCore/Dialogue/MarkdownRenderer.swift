/// Renders a week plan as a Markdown document to share.
public enum MarkdownRenderer {
  public static func render(_ p: WeekPlan) -> String {
    var md = "# Customer Service Week \(p.week.start.year)\n\n"
    md += "**\(p.week.start.weekday.name), \(p.week.start.monthDay) – \(p.week.end.weekday.name), "
    md += "\(p.week.end.monthDay), \(p.week.end.year)** · \(p.teamSize) people · "
    md +=
      p.budgetAssumed
      ? "moderate budget of \(Money.usd(p.budget)) (none was given)\n\n"
      : "budget \(p.budgetMoney)\n\n"
    md += "Estimated total: **\(p.price(p.totalCost))**. The days follow the Educate → Activate → "
    md += "Co-Create → Celebrate framework"
    md += p.framework.map { " (\($0.citation))" } ?? ""
    md += ".\n\n"
    md += "| Day | Theme | Ideas | Estimated cost |\n|---|---|---|---:|\n"
    for d in p.days {
      let names = d.items.isEmpty ? "—" : d.items.map(\.idea.name).joined(separator: ", ")
      md +=
        "| \(d.date.weekday.name) \(d.date.monthDay) | \(d.theme.label) | \(escape(names)) | \(p.price(d.cost)) |\n"
    }
    md += "| **Total** | | | **\(p.price(p.totalCost))** |\n\n"
    if p.currency != .usd { md += p.totalSentence + "\n\n" }
    for line in p.yearRoundLines { md += line + "\n\n" }
    for d in p.days {
      md += "## \(d.date.weekday.name), \(d.date.monthDay) — \(d.theme.label)\n\n"
      if d.items.isEmpty {
        md += "No idea fits this day within the budget and filters.\n\n"
        continue
      }
      for s in d.items {
        md += "### \(s.idea.name)\n\n\(s.idea.summary)\n\n"
        md +=
          "- **Cost:** \(s.cost == 0 ? "free" : s.breakdown(p.price)) (\(s.tier.name): \(s.tier.description))\n"
        if !s.idea.prep.isEmpty { md += "- **Prep:** \(s.idea.prep)\n" }
        md += "- **Sources:** \(s.idea.sources.citations)\n\n"
        md += "Steps:\n\n"
        for (i, step) in s.idea.steps.enumerated() { md += "\(i + 1). \(step)\n" }
        md += "\n"
        if !s.idea.cautions.isEmpty {
          md += "> **Cautions**\n"
          for c in s.idea.cautions { md += "> - \(c.text) (\(c.source.citation))\n" }
          md += "\n"
        }
      }
    }
    let cited = sources(of: p)
    if !cited.isEmpty {
      md += "## Sources\n\n"
      for s in cited { md += "- \(link(s))\n" }
      md += "\n"
    }
    md += "---\n\nCost figures are Confetti's own estimates in US dollars, not from the sources.\n"
    return md
  }

  /// Every document the plan cites, once, in order of first citation.
  static func sources(of p: WeekPlan) -> [Source] {
    var seen: Set<String> = []
    var out: [Source] = []
    let items = p.days.flatMap(\.items)
    let all =
      (p.framework.map { [$0] } ?? []) + items.flatMap { $0.idea.sources + $0.idea.cautions.map(\.source) }
    for s in all where seen.insert(s.id).inserted { out.append(s) }
    return out
  }

  /// "[Title](url), Publisher, 2024", without a link when the source has no URL; Confetti's own
  /// advice is named as such.
  static func link(_ s: Source) -> String {
    if s.isConfettiAdvice {
      return "\(escapeLinkText(s.title)) (our own advice and estimates, not a published page)"
    }
    let title = escapeLinkText(s.title)
    let named = s.url.map { "[\(title)](\(escapeURL($0)))" } ?? "*\(title)*"
    return "\(named), \(s.citation)"
  }

  static func escapeLinkText(_ s: String) -> String {
    String(s.flatMap { "[]\\*_`".contains($0) ? ["\\", $0] : [$0] })
  }

  static func escapeURL(_ s: String) -> String {
    String(
      s.flatMap { c -> [Character] in
        switch c {
        case "(": return Array("%28")
        case ")": return Array("%29")
        case " ": return Array("%20")
        default: return [c]
        }
      })
  }

  static func escape(_ s: String) -> String {
    String(s.flatMap { $0 == "|" ? ["\\", "|"] : [$0] })
  }
}
