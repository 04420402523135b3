import Foundation
import Testing

@testable import ConfettiSession

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

@Suite struct JSONNumberTests {
  /// The digit writer gives what `String(Double)` gives for the rounded value, as before.
  @Test func numbersMatchSwiftsShortestForm() {
    var generator = SystemRandomNumberGenerator()
    var values: [Double] = [
      0, -0.0, 0.0004, -0.0004, 0.1, 2.5, 12.345, 99.999, 99.9996, 1e-7, 123_456.789, -7.25, 1e14 + 0.5,
      2.675, 1.0005, 300, -300, 1e15, 1e16, 12_345_678_901.123,
    ]
    for _ in 0..<2000 {
      values.append(Double.random(in: -1e6...1e6, using: &generator))
      values.append((Double.random(in: 0...10_000, using: &generator) * 100).rounded() / 100)
    }
    for d in values {
      let expected: String
      if d == d.rounded() && abs(d) < 1e15 {
        expected = String(Int(d))
      } else {
        expected = String((d * 1000).rounded() / 1000)
      }
      #expect(JSONValue.double(d).serialized == expected, "\(d)")
    }
    for i in [0, 7, -7, 10, 1234567890, Int.max, Int.min] {
      #expect(JSONValue.int(i).serialized == String(i))
    }
  }
}

@Suite struct JSONWriterTests {
  /// The eight-byte test says "yes" exactly when a byte of the word is one the escaper looks at.
  @Test func wordTestFindsExactlyTheBytesToLookAt() {
    var generator = SystemRandomNumberGenerator()
    let interesting: [UInt8] = [
      0x00, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x22, 0x5B, 0x5C, 0x5D, 0x7E, 0x7F, 0x80, 0xC1, 0xC2, 0xC3, 0xE1,
      0xE2, 0xE3, 0xFF,
    ]
    for _ in 0..<20_000 {
      var bytes = (0..<8).map { _ in UInt8.random(in: 0x20...0x7E, using: &generator) }
      for _ in 0..<Int.random(in: 0...2, using: &generator) {
        bytes[Int.random(in: 0..<8, using: &generator)] = interesting.randomElement(using: &generator)!
      }
      let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
      let any = bytes.contains { JSONWriter.special[Int($0)] == 1 }
      #expect(JSONWriter.hasSpecial(word) == any, "\(bytes)")
    }
  }

  /// Long strings with escapes at every offset come out as escaping byte by byte gives.
  @Test func escapesAtEveryOffsetOfALongString() {
    for pad in 0..<40 {
      for piece in ["\"", "\\", "\n", "\u{1}", "\u{7F}", "é", "\u{85}", "\u{2028}", "—", "·", "\u{2029}"] {
        let s =
          String(repeating: "a", count: pad) + piece + String(repeating: "b", count: 17 - pad % 9)
          + piece
        var escaped = ""
        for scalar in s.unicodeScalars {
          switch scalar {
          case "\"": escaped += "\\\""
          case "\\": escaped += "\\\\"
          case "\n": escaped += "\\n"
          case "\u{1}": escaped += "\\u0001"
          case "\u{7F}": escaped += "\\u007f"
          case "\u{85}": escaped += "\\u0085"
          case "\u{2028}": escaped += "\\u2028"
          case "\u{2029}": escaped += "\\u2029"
          default: escaped.unicodeScalars.append(scalar)
          }
        }
        #expect(JSONValue.string(s).serialized == "\"" + escaped + "\"", "\(pad) \(piece)")
      }
    }
  }

  /// The writer places commas between fields and items at every depth, writes raw runs of
  /// fields where a field would go, and escapes a joined string as one.
  @Test func streamsNestedValuesWithCommasInPlace() throws {
    var out: [UInt8] = Array("[".utf8)
    JSONWriter.write(into: &out) { w in
      w.beginObject()
      w.key("a")
      w.beginArray()
      w.int(1)
      w.beginObject()
      w.endObject()
      w.beginArray()
      w.null()
      w.bool(false)
      w.endArray()
      w.endArray()
      w.raw(Array("\"r\":{\"x\":1},\"s\":2".utf8))
      w.key("q\"")
      w.string(joining: ["one", "t\"wo"], separator: "\n")
      w.key("d")
      w.double(2.5)
      w.endObject()
    }
    #expect(
      String(decoding: out, as: UTF8.self)
        == "[{\"a\":[1,{},[null,false]],\"r\":{\"x\":1},\"s\":2,\"q\\\"\":\"one\\nt\\\"wo\",\"d\":2.5}")
    let parsed = try JSONSerialization.jsonObject(with: Data(out.dropFirst())) as? [String: Any]
    #expect(parsed?["q\""] as? String == "one\nt\"wo")
  }
}
