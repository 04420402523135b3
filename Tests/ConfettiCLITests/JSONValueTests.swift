import ConfettiCLI
import Foundation
import Testing

@Suite struct JSONValueTests {
  @Test(arguments: [
    ("plain", "\"plain\""), ("quote \" and \\", "\"quote \\\" and \\\\\""),
    ("new\nline\ttab", "\"new\\nline\\ttab\""),
    ("\u{1B}[31m", "\"\\u001b[31m\""), ("nul\u{0}", "\"nul\\u0000\""), ("café 🎉", "\"café 🎉\""),
    ("\u{2028}", "\"\\u2028\""),
  ])
  func escapesStrings(_ input: String, _ expected: String) {
    #expect(JSONValue.string(input).serialized == expected)
  }

  @Test func keepsKeyOrderAndNumberForms() {
    let v = JSONValue.object([
      ("b", .int(1)), ("a", .double(2.5)), ("c", .double(300)), ("d", .array([.null, .bool(true)])),
    ])
    #expect(v.serialized == "{\"b\":1,\"a\":2.5,\"c\":300,\"d\":[null,true]}")
  }

  @Test func outputParsesAsJSON() throws {
    let v = JSONValue.object([("s", .string("x\u{7F}\u{85}y\"")), ("n", .double(0.1234567))])
    let parsed = try JSONSerialization.jsonObject(with: Data(v.serialized.utf8)) as? [String: Any]
    #expect(parsed?["s"] as? String == "x\u{7F}\u{85}y\"")
    #expect(parsed?["n"] as? Double == 0.123)
  }
}

@Suite struct TerminalStyleTests {
  @Test(arguments: [
    (true, nil as String?, "xterm" as String?, true), (false, nil, "xterm", false),
    (true, "1", "xterm", false),
    (true, "", "xterm", true), (true, nil, "dumb", false),
  ])
  func colourOnlyOnATerminalWithoutNoColor(_ tty: Bool, _ noColor: String?, _ term: String?, _ expected: Bool)
  {
    #expect(TerminalStyle.decide(isTerminal: tty, noColor: noColor, term: term) == expected)
  }

  @Test func paintsOnlyWhenColourIsOn() {
    #expect(TerminalStyle(useColor: false).paint("x", .heading) == "x")
    #expect(TerminalStyle(useColor: true).paint("x", .heading).contains("\u{1B}["))
  }
}

@Suite struct WrapTests {
  @Test(arguments: [
    ("   • one two three", 12, ["   • one two", "     three"]),
    ("1. Cookout — Celebrate · both", 14, ["1. Cookout —", "   Celebrate ·", "   both"]),
    ("short", 40, ["short"]),
    ("no width given at all", 0, ["no width given at all"]),
  ])
  func wrapsWithHangingIndent(_ text: String, _ width: Int, _ expected: [String]) {
    #expect(TextRenderer.wrap(text, width: width == 0 ? nil : width) == expected)
  }

  @Test func wrappedLinesFitAndKeepEveryWord() {
    let text = "   Bring in a customer to tell employees how your organization has positively impacted them."
    let lines = TextRenderer.wrap(text, width: 40)
    #expect(lines.allSatisfy { $0.count <= 40 })
    #expect(lines.joined(separator: " ").split(separator: " ") == text.split(separator: " "))
  }
}
