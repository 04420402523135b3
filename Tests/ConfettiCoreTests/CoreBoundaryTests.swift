import Foundation
import Testing

/// The core's boundaries, read off its sources: it names no command-line flag in anything it says
/// (front ends word hints, see `Hint`) and does no I/O of its own (no Foundation).
@Suite struct CoreBoundaryTests {
  static func coreSources() throws -> [(path: String, text: String)] {
    let root = Fixtures.packageRoot.appendingPathComponent("Sources/ConfettiCore")
    let files = try #require(FileManager.default.enumerator(atPath: root.path))
    return try files.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.map {
      ($0, try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8))
    }
  }

  /// String literals in code (comments aside) that hold `--word`: a flag the core would be naming.
  @Test func coreStringsNameNoFlag() throws {
    let sources = try Self.coreSources()
    #expect(sources.count > 50)
    let flag = /"[^"\n]*--[a-z][a-z-]+[^"\n]*"/
    for (path, text) in sources {
      for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let code = line.trimmingCharacters(in: .whitespaces)
        guard !code.hasPrefix("//") else { continue }
        #expect(code.firstMatch(of: flag) == nil, "\(path):\(n + 1) names a flag: \(code)")
      }
    }
  }

  @Test func coreImportsNoFoundation() throws {
    for (path, text) in try Self.coreSources() {
      #expect(!text.contains("import Foundation"), "\(path) imports Foundation")
    }
  }

  /// The check above would see a flag: it is not vacuous.
  @Test func theFlagCheckSeesAFlag() {
    let flag = /"[^"\n]*--[a-z][a-z-]+[^"\n]*"/
    #expect("let s = \"pass --team-size\"".firstMatch(of: flag) != nil)
    #expect("let s = \"tell me your team size\"".firstMatch(of: flag) == nil)
  }
}
