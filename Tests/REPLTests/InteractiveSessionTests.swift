import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real `confetti` REPL in a pseudo-terminal: what a person types, and what they see.
@Suite(.timeLimit(.minutes(1)))
struct InteractiveSessionTests {
  static let prompt = "confetti> "

  /// Starts confetti and waits for the banner and the first prompt.
  func start(_ home: TemporaryHome, environment: [String: String] = [:]) throws -> TerminalSession {
    let confetti = try TerminalSession(home: home, environment: environment)
    let banner = try confetti.expectPrompt(Self.prompt)
    #expect(banner.contains("ideas for 12 people under $300"))
    return confetti
  }

  @Test func answersAQuestion() throws {
    let home = try TemporaryHome()
    let confetti = try start(home)
    confetti.send("when is CSW 2027?\r")
    let answer = try confetti.expectPrompt(Self.prompt)
    #expect(answer.contains("October 4"))
    // The answer is followed by a blank line before the next prompt.
    #expect(answer.hasSuffix("\n\n" + Self.prompt))
    confetti.send("bye\r")
    #expect(try confetti.waitForExit() == 0)
  }

  @Test func tabCompletesIdeaNamesAndCommands() throws {
    let home = try TemporaryHome()
    let confetti = try start(home)
    confetti.send("tell me more about the house b")
    try confetti.expect("house b")
    confetti.send("\t")
    try confetti.expect("and")
    confetti.settle()
    #expect(confetti.screen.cursorLine == Self.prompt + "tell me more about the house band")
    confetti.send("\r")
    let details = try confetti.expectPrompt(Self.prompt)
    #expect(details.contains("House Band —"))
    #expect(details.contains("Steps:"))

    // Several matches with nothing more in common are listed, and the line comes back.
    confetti.send("c\t")
    try confetti.expect("Cookout")
    try confetti.expectPrompt(Self.prompt + "c")
    confetti.settle()
    let screen = confetti.screen
    for item in ["cheaper", "Catered Lunch", "Cookout", "CX Task Force"] {
      #expect(screen.lines.contains { $0.contains(item) }, "\(item) is listed")
    }
    #expect(screen.cursorLine == Self.prompt + "c")

    // A unique command completes as a phrase.
    confetti.send("\u{15}plan the w\t")
    try confetti.expect("eek for ")
    confetti.settle()
    #expect(confetti.screen.cursorLine == Self.prompt + "plan the week for")

    // A word from the middle of a name: the typed word becomes the whole name.
    confetti.send("\u{15}tell me more about playl\t")
    try confetti.expect("team playlist")
    confetti.settle()
    #expect(confetti.screen.cursorLine == Self.prompt + "tell me more about team playlist")
    // Ctrl-D ends the session only on an empty line: first Ctrl-U empties it.
    confetti.send("\u{04}")
    confetti.settle()
    #expect(confetti.isRunning)
    confetti.send("\u{15}\u{04}")
    #expect(try confetti.waitForExit() == 0)
  }

  @Test func ctrlCDropsTheLineAndPromptsAgain() throws {
    let home = try TemporaryHome()
    let confetti = try start(home)
    confetti.send("ideas for 12")
    try confetti.expect("ideas for 12")
    confetti.send("\u{03}")
    try confetti.expect("^C")
    let between = try confetti.expectPrompt(Self.prompt)
    // Nothing but the new line: the half-typed question was not answered.
    #expect(between == "\n" + Self.prompt)
    confetti.send("when is CSW 2027?\r")
    let answer = try confetti.expectPrompt(Self.prompt)
    #expect(answer.contains("October 4"))
    #expect(!answer.contains("ideas for 12"))
    confetti.send("\u{04}")
    #expect(try confetti.waitForExit() == 0)
    let history = try String(contentsOfFile: home.historyPath, encoding: .utf8)
    #expect(history == "when is CSW 2027?\n")
  }

  @Test func ctrlCRightAfterTypingIsNeverLost() throws {
    let home = try TemporaryHome()
    let confetti = try start(home)
    // Ctrl-C sent the moment the echo shows up often lands while the editor is still busy
    // (redrawing, not waiting in read); it must end the line every time all the same.
    for _ in 0..<30 {
      confetti.send("ideas for 12")
      try confetti.expect("12", timeout: 5)
      confetti.send("\u{03}")
      try confetti.expect("^C", timeout: 5)
      try confetti.expectPrompt(Self.prompt, timeout: 5)
    }
    confetti.send("when is CSW 2027?\r")
    let answer = try confetti.expectPrompt(Self.prompt)
    #expect(answer.contains("October 4"))
    confetti.send("\u{04}")
    #expect(try confetti.waitForExit() == 0)
    #expect(try String(contentsOfFile: home.historyPath, encoding: .utf8) == "when is CSW 2027?\n")
  }

  @Test func ctrlCInTheMiddleOfTheLineShowsItAtTheEnd() throws {
    let home = try TemporaryHome()
    let confetti = try start(home)
    confetti.send("ideas for 12\u{1B}[D\u{1B}[D\u{1B}[D")
    try confetti.expect("ideas for 12")
    confetti.settle()
    confetti.send("\u{03}")
    try confetti.expect("^C")
    try confetti.expectPrompt(Self.prompt)
    confetti.settle()
    let lines = confetti.screen.lines
    #expect(lines.contains(Self.prompt + "ideas for 12^C"))
    confetti.send("\u{04}")
    #expect(try confetti.waitForExit() == 0)
  }

  @Test func honoursEditrc() throws {
    let home = try TemporaryHome()
    try "bind -v\n".write(toFile: home.path + "/.editrc", atomically: true, encoding: .utf8)
    let confetti = try start(home)
    // vi mode: Escape, then x deletes the character under the cursor (the "!").
    confetti.send("when is CSW 2027?!")
    try confetti.expect("2027?!")
    confetti.send("\u{1B}")
    confetti.settle()
    confetti.send("x\r")
    try confetti.expect("October 4")
    try confetti.expectPrompt(Self.prompt)
    // Tab still completes in vi insert mode.
    confetti.send("tell me more about the house b\t")
    try confetti.expect("and")
    confetti.settle()
    #expect(confetti.screen.cursorLine == Self.prompt + "tell me more about the house band")
    confetti.send("\r")
    try confetti.expectPrompt(Self.prompt)
    confetti.send("\u{04}")
    #expect(try confetti.waitForExit() == 0)
    let history = try String(contentsOfFile: home.historyPath, encoding: .utf8)
    #expect(history == "when is CSW 2027?\ntell me more about the house band\n")
  }

  @Test func ctrlDOnAnEmptyLineExitsZero() throws {
    let home = try TemporaryHome()
    let confetti = try start(home)
    confetti.send("\u{04}")
    #expect(try confetti.waitForExit() == 0)
    #expect(!confetti.plainText.contains("warning"))
  }

  @Test(arguments: ["bye", "quit", "exit"])
  func farewellExitsZero(word: String) throws {
    let home = try TemporaryHome()
    let confetti = try start(home)
    confetti.send(word + "\r")
    try confetti.expect("Bye")
    #expect(try confetti.waitForExit() == 0)
  }

  @Test func historyIsRecalledAfterARestart() throws {
    let home = try TemporaryHome()
    do {
      let first = try start(home)
      first.send("when is CSW 2027?\r")
      try first.expect("October 4")
      try first.expectPrompt(Self.prompt)
      first.send("\u{04}")
      #expect(try first.waitForExit() == 0)
    }
    #expect(home.mode(of: home.historyPath) == 0o600)
    #expect(home.mode(of: home.path + "/state/confetti") == 0o700)
    #expect(try String(contentsOfFile: home.historyPath, encoding: .utf8) == "when is CSW 2027?\n")

    let second = try start(home)
    second.send("\u{1B}[A")
    try second.expect("when is CSW 2027?")
    second.send("\r")
    let answer = try second.expectPrompt(Self.prompt)
    #expect(answer.contains("October 4"))
    second.send("\u{04}")
    #expect(try second.waitForExit() == 0)
    // Asked again, but the same as the entry before it: kept once.
    #expect(try String(contentsOfFile: home.historyPath, encoding: .utf8) == "when is CSW 2027?\n")
  }

  @Test func editsUTF8Text() throws {
    let home = try TemporaryHome()
    let confetti = try start(home)
    confetti.send("café ideas é🎉")
    try confetti.expect("🎉")
    // Two backspaces remove the emoji and the é, one character each.
    confetti.send("\u{7F}\u{7F}✨ ok")
    try confetti.expect("ok")
    confetti.settle()
    #expect(confetti.screen.cursorLine == Self.prompt + "café ideas ✨ ok")
    // Back over "✨ ok", delete the space before it, type ü there.
    confetti.send("\u{1B}[D\u{1B}[D\u{1B}[D\u{1B}[D\u{7F}ü")
    try confetti.expect("ü")
    confetti.settle()
    #expect(confetti.screen.cursorLine == Self.prompt + "café ideasü✨ ok")
    confetti.send("\r")
    try confetti.expectPrompt(Self.prompt)
    confetti.send("\u{04}")
    #expect(try confetti.waitForExit() == 0)
    #expect(try String(contentsOfFile: home.historyPath, encoding: .utf8) == "café ideasü✨ ok\n")
  }

  @Test func resizeKeepsTheLine() throws {
    let home = try TemporaryHome()
    let confetti = try start(home)
    confetti.send("tell me more")
    try confetti.expect("more")
    // Several resizes while one line is edited (libedit handles only the first by itself).
    confetti.resize(columns: 60, rows: 20)
    confetti.send(" about")
    try confetti.expect("about")
    confetti.resize(columns: 100, rows: 30)
    confetti.send(" cook")
    try confetti.expect("cook")
    confetti.resize(columns: 40, rows: 30)
    confetti.send("out")
    try confetti.expect("out")
    confetti.settle()
    #expect(confetti.screen.cursorLine == Self.prompt + "tell me more about cookout")
    confetti.send("\r")
    let answer = try confetti.expectPrompt(Self.prompt)
    #expect(answer.contains("Cookout —"))
    confetti.send("\u{04}")
    #expect(try confetti.waitForExit() == 0)
  }

  /// Answers wrap at the window's width as it is now, not as it was when the session began.
  @Test func answersWrapToTheWidthAfterAResize() throws {
    let home = try TemporaryHome()
    let confetti = try start(home)
    func longestLine(_ question: String) throws -> Int {
      confetti.send(question + "\r")
      let answer = try confetti.expectPrompt(Self.prompt)
      return answer.split(separator: "\n").map(\.count).max() ?? 0
    }
    confetti.resize(columns: 100, rows: 30)
    let wide = try longestLine("ideas for 12 people under $300")
    #expect(wide <= 100 && wide > 90, "\(wide)")
    confetti.resize(columns: 60, rows: 30)
    let narrow = try longestLine("more")
    #expect(narrow <= 60 && narrow > 50, "\(narrow)")
    confetti.send("bye\r")
    #expect(try confetti.waitForExit() == 0)
  }

  /// Ways to make the history impossible to keep.
  enum BrokenState: String, CaseIterable, Sendable {
    /// XDG_STATE_HOME is a regular file: the history cannot even be read.
    case stateHomeIsAFile
    /// The history directory is a dangling symbolic link: reading finds nothing, every save fails.
    case danglingDirectory
  }

  @Test(arguments: BrokenState.allCases)
  func unwritableHistoryWarnsOnce(_ broken: BrokenState) throws {
    let home = try TemporaryHome()
    var environment: [String: String] = [:]
    switch broken {
    case .stateHomeIsAFile:
      let file = home.path + "/not-a-directory"
      #expect(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
      environment["XDG_STATE_HOME"] = file
    case .danglingDirectory:
      try FileManager.default.createDirectory(atPath: home.path + "/state", withIntermediateDirectories: true)
      try FileManager.default.createSymbolicLink(
        atPath: home.path + "/state/confetti", withDestinationPath: home.path + "/missing/confetti")
    }
    let confetti = try start(home, environment: environment)
    confetti.send("when is CSW 2027?\r")
    try confetti.expect("October 4")
    try confetti.expectPrompt(Self.prompt)
    confetti.send("when is CSW 2028?\r")
    try confetti.expect("October 2")
    try confetti.expectPrompt(Self.prompt)
    confetti.send("bye\r")
    #expect(try confetti.waitForExit() == 0)
    let text = confetti.plainText
    #expect(text.components(separatedBy: "warning").count - 1 == 1)
    #expect(text.contains("history"))
  }

  @Test func corruptHistoryIsSkippedWithOneWarning() throws {
    let home = try TemporaryHome()
    try FileManager.default.createDirectory(
      atPath: home.path + "/state/confetti", withIntermediateDirectories: true)
    var bytes = Array("ideas for 12 people\n".utf8)
    bytes += [0xFF, 0xFE, 0x41, 0x0A]  // not UTF-8
    bytes += Array("bad\u{01}control\n".utf8)
    bytes += Array("when is CSW 2027?\n".utf8)
    #expect(FileManager.default.createFile(atPath: home.historyPath, contents: Data(bytes)))

    let confetti = try start(home)
    confetti.send("\u{1B}[A")
    try confetti.expect("when is CSW 2027?")
    confetti.send("\r")
    try confetti.expect("October 4")
    try confetti.expectPrompt(Self.prompt)
    confetti.send("more ideas\r")
    try confetti.expectPrompt(Self.prompt)
    confetti.send("\u{04}")
    #expect(try confetti.waitForExit() == 0)
    let text = confetti.plainText
    #expect(text.components(separatedBy: "warning").count - 1 == 1)
    #expect(text.contains("ignored 2 unreadable lines"))
    let saved = try String(contentsOfFile: home.historyPath, encoding: .utf8)
    #expect(saved == "ideas for 12 people\nwhen is CSW 2027?\nmore ideas\n")
    #expect(home.mode(of: home.historyPath) == 0o600)
  }
}
