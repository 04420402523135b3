import ConfettiCore
import ConfettiSession

#if canImport(Glibc)
  import Glibc
#endif

/// The interactive session on a terminal: a short banner, then a prompt with libedit line
/// editing, and an answer, followed by a blank line, for every line typed.
///
/// History is kept across sessions by ``HistoryStore`` (Up arrow, Ctrl-R), Tab completes commands
/// and idea names (``Completer``), Ctrl-C drops the line being typed and prompts again, and
/// Ctrl-D on an empty line, "bye", "quit" or "exit" (any goodbye) ends the session with status 0.
/// When standard output is not a terminal it answers line by line like ``PipeSession``, without
/// banner or prompt. A closed output ends it quietly (``OutputChannel/Closed``).
///
/// ```swift
/// try REPL(session: session).run()
/// ```
struct REPL {
  var session: Session
  var output: OutputChannel = .standardOutput

  static let prompt = "confetti> "

  func run() throws {
    guard isatty(1) == 1 else { return try runWithoutTerminal() }
    TerminalLocale.ensureUTF8()
    var session = self.session
    var history = HistoryStore(path: HistoryStore.defaultPath())
    let completer = Completer(ideas: session.conversation.catalogue.ideas)
    guard let editor = LineEditor(prompt: REPL.prompt, completer: completer) else {
      return try runWithoutTerminal()
    }
    EditorSignals.install()
    for entry in history.entries { editor.remember(entry) }
    try output.write(REPL.banner(style: session.renderer.style))
    report(&history)
    while true {
      switch editor.readLine() {
      case .end:
        try output.write("\n")
        return
      case .interrupted:
        continue
      case .line(let typed):
        let line = REPL.trimmed(typed)
        guard !line.isEmpty else { continue }
        editor.remember(line)
        history.add(line)
        report(&history)
        // The window may have been resized since the last answer: wrap to its width now.
        session.renderer.style.width = TerminalStyle.width(fd: output.fd)
        // As raw bytes, so a pasted escape sequence gets the same answer as in pipe mode.
        let answer = session.answer(.bytes(Array(line.utf8)))
        try output.write(answer.text + "\n\n")
        if answer.ends { return }
      }
    }
  }

  /// The greeting: what Confetti does, one example question, and how to get help or leave.
  ///
  /// ```swift
  /// REPL.banner(style: TerminalStyle(useColor: false))  // "Confetti plans …\n  ideas for 12 …"
  /// ```
  static func banner(style: TerminalStyle) -> String {
    style.paint("Confetti", .heading) + " plans Customer Service Week with you. Try, for example:\n"
      + "  ideas for 12 people under $300\n"
      + "Type \"help\" for more; Tab completes; Ctrl-D or \"bye\" ends the session.\n\n"
  }

  /// `text` without leading and trailing white space.
  static func trimmed(_ text: String) -> String {
    var line = Substring(text).drop { $0.isWhitespace }
    while line.last?.isWhitespace == true { line.removeLast() }
    return String(line)
  }

  /// Prints the history's warning, if it has one (it gives at most one per session).
  private func report(_ history: inout HistoryStore) {
    if let message = history.takeWarning() {
      OutputChannel.standardError.writeQuietly("confetti: warning: \(message)\n")
    }
  }

  /// Standard input is a terminal but output is not (or libedit could not start): answer each
  /// line as in pipe mode, so redirected output holds only answers.
  private func runWithoutTerminal() throws {
    var pipe = PipeSession(session: session)
    try pipe.run()
  }
}
