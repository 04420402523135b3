import ConfettiCLI
import Foundation
import Testing

/// The history file: its place, format, limits and failures.
struct HistoryStoreTests {
  func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

  @Test func savesEachEntryAndLoadsThemBack() throws {
    let home = try TemporaryHome()
    var history = HistoryStore(path: home.historyPath)
    #expect(history.entries.isEmpty)
    history.add("when is CSW 2027?")
    history.add("ideas for 12 people")
    #expect(try read(home.historyPath) == "when is CSW 2027?\nideas for 12 people\n")
    #expect(home.mode(of: home.historyPath) == 0o600)
    #expect(home.mode(of: home.path + "/state/confetti") == 0o700)
    #expect(history.takeWarning() == nil)
    let again = HistoryStore(path: home.historyPath)
    #expect(again.entries == ["when is CSW 2027?", "ideas for 12 people"])
    // No temporary files are left behind.
    let names = try FileManager.default.contentsOfDirectory(atPath: home.path + "/state/confetti")
    #expect(names == ["history"])
  }

  @Test func dropsConsecutiveDuplicatesOnly() throws {
    let home = try TemporaryHome()
    var history = HistoryStore(path: home.historyPath)
    for line in ["more", "more", "cheaper", "more"] { history.add(line) }
    #expect(history.entries == ["more", "cheaper", "more"])
    #expect(try read(home.historyPath) == "more\ncheaper\nmore\n")
  }

  @Test func keepsTheLatestThousand() throws {
    let home = try TemporaryHome()
    var history = HistoryStore(path: home.historyPath)
    for n in 1...(HistoryStore.limit + 5) { history.add("question \(n)") }
    #expect(history.entries.count == HistoryStore.limit)
    #expect(history.entries.first == "question 6")
    let lines = try read(home.historyPath).split(separator: "\n")
    #expect(lines.count == HistoryStore.limit)
    #expect(lines.last == "question \(HistoryStore.limit + 5)")
  }

  @Test func tightensTheModeOfAnExistingFile() throws {
    let home = try TemporaryHome()
    try FileManager.default.createDirectory(
      atPath: home.path + "/state/confetti", withIntermediateDirectories: true)
    #expect(FileManager.default.createFile(atPath: home.historyPath, contents: Data("old\n".utf8)))
    chmod(home.historyPath, 0o644)
    var history = HistoryStore(path: home.historyPath)
    history.add("new")
    #expect(try read(home.historyPath) == "old\nnew\n")
    #expect(home.mode(of: home.historyPath) == 0o600)
  }

  @Test func skipsUnreadableLinesWithOneWarning() throws {
    let home = try TemporaryHome()
    try FileManager.default.createDirectory(
      atPath: home.path + "/state/confetti", withIntermediateDirectories: true)
    var bytes = Array("first\r\n".utf8) + [0xC3, 0x28, 0x0A] + Array("tab\there\nlast\n\n".utf8)
    bytes += [0x00, 0x0A]
    #expect(FileManager.default.createFile(atPath: home.historyPath, contents: Data(bytes)))
    var history = HistoryStore(path: home.historyPath)
    #expect(history.entries == ["first", "last"])
    let warning = history.takeWarning()
    #expect(warning?.contains("ignored 3 unreadable lines") == true)
    #expect(history.takeWarning() == nil)
    history.add("next")
    #expect(history.takeWarning() == nil)
    #expect(try read(home.historyPath) == "first\nlast\nnext\n")
  }

  @Test func keepsWorkingWhenItCannotSave() throws {
    let home = try TemporaryHome()
    let file = home.path + "/file"
    #expect(FileManager.default.createFile(atPath: file, contents: Data()))
    var history = HistoryStore(path: file + "/confetti/history")
    #expect(history.takeWarning()?.contains("Not a directory") == true)
    history.add("one")
    history.add("two")
    #expect(history.takeWarning() == nil)
    #expect(history.entries == ["one", "two"])
  }

  @Test func warnsOnceWhenSavingKeepsFailing() throws {
    let home = try TemporaryHome()
    // A dangling link where the directory should be: nothing to read, and no save can succeed
    // (even for root, who is not stopped by permissions).
    try FileManager.default.createDirectory(atPath: home.path + "/state", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: home.path + "/state/confetti", withDestinationPath: home.path + "/missing/confetti")
    var history = HistoryStore(path: home.historyPath)
    #expect(history.takeWarning() == nil)
    history.add("one")
    #expect(history.takeWarning()?.contains("cannot save") == true)
    history.add("two")
    #expect(history.takeWarning() == nil)
    #expect(history.entries == ["one", "two"])
  }

  @Test func findsItsPlace() {
    let xdg = HistoryStore.defaultPath { ["XDG_STATE_HOME": "/s", "HOME": "/h"][$0] }
    #expect(xdg == "/s/confetti/history")
    let home = HistoryStore.defaultPath { ["XDG_STATE_HOME": "relative", "HOME": "/h"][$0] }
    #expect(home == "/h/.local/state/confetti/history")
    #expect(HistoryStore.defaultPath { ["HOME": "/h"][$0] } == "/h/.local/state/confetti/history")
    #expect(HistoryStore.defaultPath { _ in nil } == nil)
  }

  @Test func storesOnlyPlainLines() {
    #expect(HistoryStore.isStorable("café 🎉"))
    #expect(!HistoryStore.isStorable(""))
    #expect(!HistoryStore.isStorable("a\u{1B}[31m"))
    #expect(!HistoryStore.isStorable("a\nb"))
  }
}
