import ConfettiSession
import Foundation
import Testing

@Suite struct AtomicFileTests {
  @Test func writesTheExactModeRefusesExistingFilesAndLeavesNoTemporaries() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("f.txt").path
    let old = umask(0o077)
    defer { umask(old) }
    try AtomicFile.write("one\n", to: path, overwrite: false, mode: 0o644)
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o644)
    #expect(throws: AtomicFile.WriteError.exists) {
      try AtomicFile.write("two\n", to: path, overwrite: false)
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "one\n")
    try AtomicFile.write("three\n", to: path, overwrite: true, mode: 0o600)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "three\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["f.txt"])
  }
}
