import Foundation
import Testing

/// The README's table of measured figures is the binary's: `scripts/readme-figures.py --check` runs
/// `confetti eval --json` on every test and development set and fails when the table differs
/// (`make readme-figures` rewrites it).
@Suite struct ReadmeFiguresTests {
  @Test func readmeFiguresAreTheBinarys() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", ConfettiProcess.packageRoot.appendingPathComponent("scripts/readme-figures.py").path,
      "--check",
      "--confetti", ConfettiProcess.binary.path,
    ]
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let message = String(
      decoding: ConfettiProcess.readToEnd(errors.fileHandleForReading.fileDescriptor), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(message)")
  }
}
