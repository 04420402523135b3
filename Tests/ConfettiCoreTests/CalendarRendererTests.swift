import Foundation
import Testing

@testable import ConfettiCore

/// The iCalendar export: RFC 5545's line folding and text escaping, and the events of a plan.
@Suite struct CalendarRendererTests {
  /// The lines of a folded file, unfolded again (RFC 5545, 3.1).
  static func unfold(_ ics: String) -> [String] {
    ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
  }

  @Test func escapesTheFourSpecialCharacters() {
    #expect(CalendarRenderer.escape(#"a\b;c,d"#) == #"a\\b\;c\,d"#)
    #expect(CalendarRenderer.escape("one\ntwo\r\nthree") == #"one\ntwo\nthree"#)
    #expect(CalendarRenderer.escape("Café: 5 € — ok") == "Café: 5 € — ok")
  }

  @Test func shortLinesAreNotFolded() {
    let line = String(repeating: "x", count: 75)
    #expect(CalendarRenderer.fold(line) == line + "\r\n")
  }

  @Test func longLinesFoldAt75OctetsWithALeadingSpace() {
    let line = "DESCRIPTION:" + String(repeating: "abcdefghij", count: 20)
    let folded = CalendarRenderer.fold(line)
    #expect(folded.hasSuffix("\r\n"))
    let parts = folded.dropLast(2).components(separatedBy: "\r\n")
    #expect(parts.count == 3)
    #expect(parts.allSatisfy { $0.utf8.count <= 75 })
    #expect(parts[0].utf8.count == 75)
    #expect(parts.dropFirst().allSatisfy { $0.hasPrefix(" ") })
    #expect(Self.unfold(folded) == [line])
  }

  /// Two-, three- and four-byte characters across the 75-octet mark: every folded piece is valid
  /// UTF-8 on its own, no piece is longer than 75 octets, and unfolding gives the line back.
  @Test(arguments: ["é", "€", "🎉", "a€", "ab🎉"])
  func foldingNeverSplitsACharacter(_ unit: String) {
    let line = "SUMMARY:" + String(repeating: unit, count: 90)
    let folded = CalendarRenderer.fold(line)
    let pieces = folded.utf8.split(separator: 0x0D).map { Array($0.filter { $0 != 0x0A }) }
    for piece in pieces where !piece.isEmpty {
      #expect(piece.count <= 75)
      #expect(String(validating: piece, as: UTF8.self) != nil, "a piece is not valid UTF-8 on its own")
    }
    #expect(Self.unfold(folded) == [line])
  }

  @Test func aPlanGivesOneAllDayEventPerIdeaAndDayOfTheWeek() throws {
    var c = Conversation(catalogue: .builtin, today: CivilDate(year: 2026, month: 11, day: 23))
    let plan = try #require(c.respond(to: "plan the week for 40 reps with 2k").plan)
    let ics = CalendarRenderer.render(
      plan, stamp: .init(date: CivilDate(year: 2026, month: 11, day: 23), hour: 9))
    #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\n") && ics.hasSuffix("END:VCALENDAR\r\n"))
    #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "a bare LF")
    #expect(ics.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
    let lines = Self.unfold(ics)
    #expect(lines.contains("PRODID:" + CalendarRenderer.productID))
    let items = plan.days.flatMap { d in d.items.map { (d.date, $0) } }
    #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == items.count)
    let starts = lines.filter { $0.hasPrefix("DTSTART;VALUE=DATE:") }.map { String($0.dropFirst(19)) }
    #expect(Set(starts).isSubset(of: ["20271004", "20271005", "20271006", "20271007", "20271008"]))
    #expect(lines.filter { $0 == "DTSTAMP:20261123T090000Z" }.count == items.count)
    for (_, s) in items {
      #expect(lines.contains("SUMMARY:" + CalendarRenderer.escape(s.idea.name)))
    }
    let uids = lines.filter { $0.hasPrefix("UID:") }
    #expect(Set(uids).count == items.count)
    // The same plan gives the same UIDs; another plan other ones.
    let again = Self.unfold(
      CalendarRenderer.render(plan, stamp: .init(date: CivilDate(year: 2027, month: 1, day: 2))))
    #expect(again.filter { $0.hasPrefix("UID:") } == uids)
    let other = try #require(c.respond(to: "plan the week for 12 people with $300").plan)
    let otherUIDs = Self.unfold(
      CalendarRenderer.render(other, stamp: .init(date: CivilDate(year: 2026, month: 11, day: 23)))
    )
    .filter { $0.hasPrefix("UID:") }
    #expect(Set(otherUIDs).isDisjoint(with: uids))
  }

  @Test func theDescriptionCarriesTierCostStepsAndCitation() throws {
    var c = Conversation(catalogue: .builtin, today: CivilDate(year: 2026, month: 11, day: 23))
    let plan = try #require(c.respond(to: "plan the week for 40 reps with 2k").plan)
    let day = try #require(plan.days.first { !$0.items.isEmpty })
    let s = day.items[0]
    let text = CalendarRenderer.description(of: s, on: day, price: plan.price)
    #expect(text.contains("Tier: \(s.tier.name)"))
    #expect(text.contains("Cost: "))
    #expect(text.contains("1. \(s.idea.steps[0])"))
    let source = try #require(s.idea.sources.first)
    #expect(text.contains(source.citation))
  }

  @Test(arguments: [
    ("export the plan to csw.ics", "csw.ics"),
    ("save it as a calendar", "confetti-plan-2027.ics"),
    ("export the plan as an ics file", "confetti-plan-2027.ics"),
  ])
  func askingForACalendarExportsOne(_ line: String, _ path: String) throws {
    var c = Conversation(catalogue: .builtin, today: CivilDate(year: 2026, month: 11, day: 23))
    let plan = try #require(c.respond(to: "plan the week for 40 reps with 2k").plan)
    let request = try #require(c.respond(to: line).export)
    #expect(request.path == path)
    #expect(request.format == .calendar)
    #expect(request.contents == CalendarRenderer.render(plan, stamp: .init(date: c.today)))
  }
}
