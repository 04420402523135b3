/// Renders a week plan as an iCalendar file (RFC 5545) to import into a calendar: one all-day
/// event per idea and day.
///
/// Each event has the idea's name as SUMMARY; its day's theme, tier, cost, steps and citations
/// ("Publisher, year") as DESCRIPTION; a UID made of the day, the idea's id and a digest of the
/// whole plan, so the same plan exported twice gives the same UIDs (a calendar updates the events
/// instead of doubling them), and a changed plan gives new ones. Lines end in CRLF and are folded
/// at 75 octets without splitting a UTF-8 character; text values are escaped (`\\`, `\;`, `\,`,
/// `\n`). The core has no clock: DTSTAMP is the stamp the caller gives.
///
/// ```swift
/// let ics = CalendarRenderer.render(plan, stamp: .init(date: today))
/// ics.hasPrefix("BEGIN:VCALENDAR\r\n")  // true
/// ```
public enum CalendarRenderer {
  /// A moment in UTC, for DTSTAMP.
  public struct Stamp: Sendable, Equatable {
    public var date: CivilDate
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init(date: CivilDate, hour: Int = 0, minute: Int = 0, second: Int = 0) {
      self.date = date
      self.hour = hour
      self.minute = minute
      self.second = second
    }

    /// "20261207T152100Z"
    public var text: String {
      CalendarRenderer.basic(date) + "T" + CalendarRenderer.two(hour) + CalendarRenderer.two(minute)
        + CalendarRenderer.two(second) + "Z"
    }
  }

  /// Who made the file, as RFC 5545's PRODID asks.
  public static let productID = "-//Confetti//Customer Service Week planner//EN"
  /// The longest line in octets, CRLF excluded (RFC 5545, 3.1).
  public static let lineOctets = 75

  public static func render(_ p: WeekPlan, stamp: Stamp) -> String {
    var out = ""
    func line(_ text: String) { out += fold(text) }
    line("BEGIN:VCALENDAR")
    line("VERSION:2.0")
    line("PRODID:" + productID)
    line("CALSCALE:GREGORIAN")
    line("METHOD:PUBLISH")
    line("X-WR-CALNAME:" + escape("Customer Service Week \(p.week.start.year)"))
    let digest = self.digest(p)
    for d in p.days {
      for s in d.items {
        line("BEGIN:VEVENT")
        line("UID:\(basic(d.date))-\(s.idea.id)-\(digest)@confetti")
        line("DTSTAMP:" + stamp.text)
        line("DTSTART;VALUE=DATE:" + basic(d.date))
        line("DTEND;VALUE=DATE:" + basic(d.date.adding(days: 1)))
        line("SUMMARY:" + escape(s.idea.name))
        line("DESCRIPTION:" + escape(description(of: s, on: d, price: p.price)))
        line("TRANSP:TRANSPARENT")
        line("END:VEVENT")
      }
    }
    line("END:VCALENDAR")
    return out
  }

  /// The event's text: the day's theme, the tier, the cost, the steps and where the idea comes from.
  static func description(of s: Suggestion, on d: WeekPlan.Day, price: PriceFormatter) -> String {
    var text = "Customer Service Week, \(d.date.weekday.name) \(d.date.monthDay): \(d.theme.label)\n"
    text += "Tier: \(s.tier.name) (\(s.tier.description))\n"
    text += "Cost: \(s.cost == 0 ? "free" : "\(price(s.cost)) (\(s.breakdown(price)))")\n"
    if !s.idea.steps.isEmpty {
      text += "Steps:\n"
      for (i, step) in s.idea.steps.enumerated() { text += "\(i + 1). \(step)\n" }
    }
    text += "Sources: \(s.idea.sources.citations)"
    return text
  }

  /// A TEXT value escaped (RFC 5545, 3.3.11): backslash, semicolon, comma and newline; a carriage
  /// return is dropped (a CRLF in the text is one newline).
  public static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars {
      switch u {
      case "\\": out += "\\\\"
      case ";": out += "\\;"
      case ",": out += "\\,"
      case "\n": out += "\\n"
      case "\r": continue
      default: out.unicodeScalars.append(u)
      }
    }
    return out
  }

  /// One content line with its CRLF, folded (RFC 5545, 3.1): no line longer than 75 octets, each
  /// continuation starting with a space (which counts), and never inside a UTF-8 character.
  public static func fold(_ line: String) -> String {
    var out = ""
    var used = 0
    for u in line.unicodeScalars {
      let size = UTF8.width(u)
      if used + size > lineOctets {
        out += "\r\n "
        used = 1
      }
      out.unicodeScalars.append(u)
      used += size
    }
    return out + "\r\n"
  }

  /// Sixteen hex digits of FNV-1a over what makes the plan this plan: its week, team, budget and
  /// the ideas of each day.
  static func digest(_ p: WeekPlan) -> String {
    var key = "\(p.week.start)|\(p.teamSize)|\(p.budget)|\(p.currency)"
    for d in p.days {
      key += "|\(d.date):" + d.items.map { "\($0.idea.id)/\($0.tier.name)" }.joined(separator: ",")
    }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in key.utf8 {
      hash ^= UInt64(b)
      hash &*= 0x0000_0100_0000_01B3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// "20271004"
  static func basic(_ d: CivilDate) -> String {
    String(d.year) + two(d.month) + two(d.day)
  }

  static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}
