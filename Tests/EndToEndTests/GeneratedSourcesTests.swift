import Foundation
import Testing

/// The committed generated sources match Catalogue/ and Intents/.
@Suite struct GeneratedSourcesTests {
  @Test func generatedSourcesAreFresh() throws {
    let generator = ConfettiProcess.productsDirectory.appendingPathComponent("confetti-generate")
    let r = try ConfettiProcess.run(
      ["--root", ConfettiProcess.packageRoot.path, "--check"], executable: generator)
    #expect(r.status == 0, "run 'make generate': \(r.errorText)")
  }
}
