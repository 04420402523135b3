import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The built `confetti` binary running in a pseudo-terminal, driven like `expect`.
///
/// The child gets its own session with the terminal's slave side as standard input, output and
/// error (so it is the controlling terminal and Ctrl-C raises SIGINT), `TERM=xterm`, a window size,
/// `CONFETTI_TODAY=2026-11-23`, and the temporary `HOME` and `XDG_STATE_HOME` given.
///
/// ```swift
/// let home = try TemporaryHome()
/// let confetti = try TerminalSession(home: home)
/// try confetti.expect("confetti> ")
/// confetti.send("when is CSW 2027?\r")
/// try confetti.expect("October 4")
/// ```
final class TerminalSession {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static let columns: UInt16 = 200
  static let rows: UInt16 = 50

  let pid: pid_t
  private let master: Int32
  /// Every byte the child wrote.
  private(set) var output: [UInt8] = []
  /// How far ``expect(_:timeout:)`` has matched, in the escape-free text.
  private var mark = 0
  private(set) var exitStatus: Int32?
  /// Whether the terminal has closed (no more output will come).
  private var closed = false

  /// Starts `confetti` with `arguments` in a new pseudo-terminal.
  init(home: TemporaryHome, arguments: [String] = [], environment: [String: String] = [:]) throws {
    let pty = PseudoTerminalFunctions()
    let master = pty.openpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard master >= 0, pty.grantpt(master) == 0, pty.unlockpt(master) == 0, let name = pty.ptsname(master)
    else {
      throw Failure(description: "cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
    }
    let slavePath = String(cString: name)
    TerminalSession.setSize(master, columns: TerminalSession.columns, rows: TerminalSession.rows)

    var env = [
      "TERM": "xterm",
      "HOME": home.path,
      "XDG_STATE_HOME": home.path + "/state",
      "CONFETTI_TODAY": "2026-11-23",
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      // A non-UTF-8 locale on purpose: the REPL must fall back to C.UTF-8 by itself.
      "LANG": "C",
    ]
    for (key, value) in environment { env[key] = value }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // Opened after setsid(), so the slave becomes the child's controlling terminal.
    posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGINT)
    sigaddset(&defaults, SIGPIPE)
    var noMask = sigset_t()
    sigemptyset(&noMask)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setsigmask(&attributes, &noMask)
    let setsid: Int32 = 0x80  // POSIX_SPAWN_SETSID (glibc 2.26+)
    posix_spawnattr_setflags(&attributes, Int16(setsid | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

    let binary = TerminalSession.binaryPath
    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, binary, &actions, &attributes, argv, envp)
    guard result == 0 else {
      close(master)
      throw Failure(description: "cannot start \(binary): \(String(cString: strerror(result)))")
    }
    self.pid = pid
    self.master = master
  }

  deinit {
    if exitStatus == nil {
      kill(pid, SIGKILL)
      var status: Int32 = 0
      waitpid(pid, &status, 0)
    }
    close(master)
  }

  /// The `confetti` binary: `$CONFETTI_BUILD_DIR/confetti`, or beside the running test bundle.
  static var binaryPath: String {
    if let dir = ProcessInfo.processInfo.environment["CONFETTI_BUILD_DIR"] {
      return dir + "/confetti"
    }
    let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    return exe.deletingLastPathComponent().appendingPathComponent("confetti").path
  }

  /// Types `text` (use "\r" for Enter, "\u{03}" for Ctrl-C, "\u{1B}[A" for Up).
  func send(_ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeMutableBytes { write(master, $0.baseAddress! + offset, $0.count - offset) }
      if n < 0 {
        if errno == EINTR { continue }
        return
      }
      offset += n
    }
    bytes = []
  }

  /// Waits until `pattern` appears in the output (escape sequences removed) after the last match,
  /// and returns the text from the last match to the end of this one.
  @discardableResult
  func expect(_ pattern: String, timeout: Double = 10) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      let text = TerminalSession.plain(output)
      if let range = TerminalSession.find(Array(pattern.utf8), in: text, from: mark) {
        let found = String(decoding: text[mark..<range.upperBound], as: UTF8.self)
        mark = range.upperBound
        return found
      }
      let left = deadline.timeIntervalSinceNow
      if closed || left <= 0 {
        throw Failure(
          description: "did not see \(pattern.debugDescription) within \(timeout) s"
            + (closed ? " (the terminal closed)" : "") + "; output after the last match:\n"
            + String(decoding: text[mark...], as: UTF8.self))
      }
      pump(milliseconds: Int32(min(left, 0.2) * 1000) + 1)
    }
  }

  /// Waits for `prompt`, then until the line editor has the terminal in raw mode.
  ///
  /// libedit prints the prompt before it turns off the terminal's own echo, so keys sent in
  /// between would be echoed twice (once by the terminal, once by the editor).
  @discardableResult
  func expectPrompt(_ prompt: String, timeout: Double = 10) throws -> String {
    let text = try expect(prompt, timeout: timeout)
    let deadline = Date().addingTimeInterval(timeout)
    var modes = termios()
    while tcgetattr(master, &modes) == 0, modes.c_lflag & tcflag_t(ICANON | ECHO) != 0 {
      guard deadline.timeIntervalSinceNow > 0 else {
        throw Failure(description: "the terminal did not go into raw mode within \(timeout) s")
      }
      pump(milliseconds: 5)
    }
    return text
  }

  /// Waits for the child to end and returns its exit status (128 + signal if killed).
  func waitForExit(timeout: Double = 10) throws -> Int32 {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      reap()
      if let status = exitStatus { return status }
      guard deadline.timeIntervalSinceNow > 0 else {
        throw Failure(description: "confetti did not exit within \(timeout) s")
      }
      if closed {
        usleep(10_000)
      } else {
        pump(milliseconds: 50)
      }
    }
  }

  /// Reads until no output has come for `quiet` seconds (at most `timeout`), so a redraw that
  /// follows what ``expect(_:timeout:)`` saw is in ``screen`` too.
  func settle(quiet: Double = 0.15, timeout: Double = 3) {
    let deadline = Date().addingTimeInterval(timeout)
    var count = output.count
    var lastChange = Date()
    while !closed, deadline.timeIntervalSinceNow > 0, Date().timeIntervalSince(lastChange) < quiet {
      pump(milliseconds: 20)
      if output.count != count {
        count = output.count
        lastChange = Date()
      }
    }
  }

  /// Changes the window size, as a terminal emulator does (the child gets SIGWINCH).
  func resize(columns: UInt16, rows: UInt16) {
    TerminalSession.setSize(master, columns: columns, rows: rows)
  }

  static func setSize(_ fd: Int32, columns: UInt16, rows: UInt16) {
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(fd, UInt(TIOCSWINSZ), &size)
  }

  /// Whether the child is still running.
  var isRunning: Bool {
    reap()
    return exitStatus == nil
  }

  /// All output so far without escape sequences.
  var plainText: String { String(decoding: TerminalSession.plain(output), as: UTF8.self) }

  /// The screen as a person would see it.
  var screen: ScreenModel {
    var model = ScreenModel(columns: Int(TerminalSession.columns))
    model.feed(output)
    return model
  }

  /// Reads what arrives within `milliseconds`.
  private func pump(milliseconds: Int32) {
    var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    guard poll(&fds, 1, milliseconds) > 0 else { return }
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
    if n > 0 {
      output += buffer[..<n]
    } else if n == 0 || errno != EINTR {
      // EIO: the child, and everything else holding the terminal, has gone.
      closed = true
    }
  }

  private func reap() {
    guard exitStatus == nil else { return }
    var status: Int32 = 0
    if waitpid(pid, &status, WNOHANG) == pid {
      let signal = status & 0x7F
      exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
  }

  static func find(_ pattern: [UInt8], in text: [UInt8], from start: Int) -> Range<Int>? {
    guard !pattern.isEmpty, text.count - start >= pattern.count else { return nil }
    for i in start...(text.count - pattern.count) where text[i] == pattern[0] {
      if Array(text[i..<(i + pattern.count)]) == pattern { return i..<(i + pattern.count) }
    }
    return nil
  }

  /// `bytes` without escape sequences, carriage returns, backspaces and bells.
  static func plain(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x1B {
        guard let end = escapeEnd(bytes, at: i) else { break }  // incomplete: wait for the rest
        i = end
        continue
      }
      if b != 0x0D && b != 0x08 && b != 0x07 { out.append(b) }
      i += 1
    }
    return out
  }

  /// Where the escape sequence starting at `start` ends (exclusive), or nil if it is incomplete.
  static func escapeEnd(_ bytes: [UInt8], at start: Int) -> Int? {
    var i = start + 1
    guard i < bytes.count else { return nil }
    switch bytes[i] {
    case UInt8(ascii: "["):  // CSI: parameters, then a final byte in @...~
      i += 1
      while i < bytes.count {
        if (0x40...0x7E).contains(bytes[i]) { return i + 1 }
        i += 1
      }
      return nil
    case UInt8(ascii: "]"):  // OSC: up to BEL or ESC \
      i += 1
      while i < bytes.count {
        if bytes[i] == 0x07 { return i + 1 }
        if bytes[i] == 0x1B { return i + 1 < bytes.count ? i + 2 : nil }
        i += 1
      }
      return nil
    case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "#"):
      return i + 1 < bytes.count ? i + 2 : nil
    default:
      return i + 1
    }
  }
}

/// posix_openpt, grantpt, unlockpt and ptsname from the C library. Swift's Glibc module leaves
/// them out (they are X/Open extensions), so they are looked up by name.
struct PseudoTerminalFunctions {
  let openpt: @convention(c) (Int32) -> Int32
  let grantpt: @convention(c) (Int32) -> Int32
  let unlockpt: @convention(c) (Int32) -> Int32
  let ptsname: @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

  init() {
    let libc = dlopen(nil, RTLD_NOW)
    func function<T>(_ name: String, _ type: T.Type) -> T {
      guard let symbol = dlsym(libc, name) else { fatalError("\(name) is missing from the C library") }
      return unsafeBitCast(symbol, to: type)
    }
    openpt = function("posix_openpt", (@convention(c) (Int32) -> Int32).self)
    grantpt = function("grantpt", (@convention(c) (Int32) -> Int32).self)
    unlockpt = function("unlockpt", (@convention(c) (Int32) -> Int32).self)
    ptsname = function("ptsname", (@convention(c) (Int32) -> UnsafeMutablePointer<CChar>?).self)
  }
}
