import ConfettiCore
import Testing

@Suite struct MarkdownRendererTests {
  @Test func planReadsAsADocument() {
    var c = Constraints()
    c.teamSize = 40
    c.budget = .usd(2000)
    let plan = WeekPlanner(catalogue: .builtin).plan(c, week: ServiceWeekCalendar.week(of: 2026))
    let md = MarkdownRenderer.render(plan)
    #expect(md.hasPrefix("# Customer Service Week 2026\n"))
    #expect(md.contains("| Day | Theme | Ideas | Estimated cost |"))
    for day in ["## Monday, October 5 — Educate", "## Friday, October 9 — Celebrate"] {
      #expect(md.contains(day))
    }
    let tableRows = md.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.contains("October") }
    #expect(tableRows.count == 5)
    for s in plan.days.flatMap(\.items) {
      #expect(md.contains("### \(s.idea.name)"))
      #expect(md.contains("- **Sources:** \(s.idea.sources.citations)"))
      for source in s.idea.sources {
        #expect(
          md.contains("- [\(source.title)](\(source.url ?? "")), ") || source.url == nil, "\(source.id)")
      }
    }
    #expect(md.contains("## Sources\n"))
    #expect(md.contains("framework (ICMI, 2024)"))
    #expect(md.contains("Confetti's own estimates"))
    for leak in [".txt", "seed", "icmi-2024-ncsw"] { #expect(!md.contains(leak), "\(leak)") }
  }
}
