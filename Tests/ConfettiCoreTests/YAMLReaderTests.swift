import ConfettiCore
import Foundation
import Testing
import Yams

@Suite struct YAMLReaderTests {
  /// Converts our node to plain Swift values to compare with Yams.
  static func plain(_ node: YAMLNode) -> AnyHashable {
    switch node.kind {
    case .scalar(let s): return s
    case .sequence(let items): return items.map(plain) as [AnyHashable]
    case .mapping(let entries):
      var d: [String: AnyHashable] = [:]
      for e in entries { d[e.key] = plain(e.value) }
      return d
    }
  }

  /// Yams values with every scalar as its string form.
  static func plain(yams: Any?) -> AnyHashable {
    switch yams {
    case let d as [String: Any]:
      var out: [String: AnyHashable] = [:]
      for (k, v) in d { out[k] = plain(yams: v) }
      return out
    case let a as [Any]: return a.map { plain(yams: $0) } as [AnyHashable]
    case let s as String: return s
    case let i as Int: return String(i)
    case let d as Double: return d == d.rounded() ? String(Int(d)) : String(d)
    case let b as Bool: return String(b)
    case nil: return ""
    default: return String(describing: yams!)
    }
  }

  @Test func agreesWithYamsOnEveryDataFile() throws {
    var files = try Fixtures.intentFiles()
    files.append(("Catalogue/ideas.yaml", try Fixtures.read("Catalogue/ideas.yaml")))
    files.append(("Catalogue/facts.yaml", try Fixtures.read("Catalogue/facts.yaml")))
    #expect(files.count > 15)
    for (name, text) in files {
      let ours = Self.plain(try YAMLReader.parse(text, file: name))
      let theirs = Self.plain(yams: try Yams.load(yaml: text))
      #expect(ours == theirs, "\(name) differs")
    }
  }

  @Test func readsTheSubset() throws {
    let text = """
      # comment
      name: "Quoted: with colon"  # trailing comment
      plain: hello world
      list: [a, b-c, d]
      range: {min: 2, max: 40}
      block: |
        line one
        - line two #not a comment
      items:
        - id: x
          n: 1
        - id: y
      same_indent:
      - one
      - two
      """
    let node = try YAMLReader.parse(text, file: "t.yaml")
    #expect(node["name"]?.scalar == "Quoted: with colon")
    #expect(node["plain"]?.scalar == "hello world")
    #expect(node["list"]?.sequence?.compactMap(\.scalar) == ["a", "b-c", "d"])
    #expect(node["range"]?["max"]?.scalar == "40")
    #expect(node["block"]?.scalar == "line one\n- line two #not a comment\n")
    #expect(node["items"]?.sequence?.count == 2)
    #expect(node["items"]?.sequence?[0]["n"]?.scalar == "1")
    #expect(node["items"]?.sequence?[1].line == 12)
    #expect(node["same_indent"]?.sequence?.compactMap(\.scalar) == ["one", "two"])
  }

  struct Broken: Sendable, CustomTestStringConvertible {
    var text: String
    var line: Int
    var fragment: String
    var testDescription: String { fragment }
  }

  @Test(arguments: [
    Broken(text: "a: 1\na: 2\n", line: 2, fragment: "duplicate key"),
    Broken(text: "a: \"open\n", line: 1, fragment: "unterminated"),
    Broken(text: "a: [x, y\n", line: 1, fragment: "unterminated '['"),
    Broken(text: "a:\n  b: 1\n    c: 2\n", line: 3, fragment: "indentation"),
    Broken(text: "a: &anchor x\n", line: 1, fragment: "anchors"),
    Broken(text: "a: 1\n\tb: 2\n", line: 2, fragment: "tabs"),
  ])
  func reportsFileAndLine(_ b: Broken) {
    #expect {
      _ = try YAMLReader.parse(b.text, file: "bad.yaml")
    } throws: { error in
      guard let e = error as? DataFileError else { return false }
      return e.file == "bad.yaml" && e.line == b.line && e.message.contains(b.fragment)
    }
  }
}
