import Foundation
import Testing

/// The committed generated sources match Catalogue/ and Intents/.
@Suite struct GeneratedSourcesTests {
  @Test func generatedSourcesAreFresh() throws {
    let generator = ConfettiProcess.productsDirectory.appendingPathComponent("confetti-generate")
    // The debug generator needs about 40 s of CPU; on a busy shared machine that is more than a
    // minute of wall time, so it gets longer than the default 60 s.
    let r = try ConfettiProcess.run(
      ["--root", ConfettiProcess.packageRoot.path, "--check"], executable: generator, timeout: 300)
    #expect(r.status == 0, "run 'make generate': \(r.errorText)")
  }
}
