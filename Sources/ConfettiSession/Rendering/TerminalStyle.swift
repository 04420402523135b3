import ConfettiCore

#if canImport(Glibc)
  import Glibc
#endif

/// Whether and how to colour output. Decided in one place: colour only when
/// standard output is a terminal, `NO_COLOR` is unset or empty, and `TERM` is
/// not `dumb`.
public struct TerminalStyle: Sendable, Equatable {
  public var useColor: Bool
  /// The terminal's width in columns, for wrapping; nil when output is not a terminal.
  public var width: Int?

  public init(useColor: Bool, width: Int? = nil) {
    self.useColor = useColor
    self.width = width
  }

  /// The style for this process's standard output.
  public static func detect(fd: Int32 = 1) -> TerminalStyle {
    TerminalStyle(
      useColor: decide(isTerminal: isatty(fd) == 1, noColor: env("NO_COLOR"), term: env("TERM")),
      width: width(fd: fd))
  }

  /// The width of the terminal on `fd` now (it changes when the window is resized), or nil
  /// when `fd` is no terminal or one too narrow to wrap for (under 40 columns).
  public static func width(fd: Int32 = 1) -> Int? {
    var size = winsize()
    guard isatty(fd) == 1, ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 else { return nil }
    return Int(size.ws_col)
  }

  /// The rule itself, separate from the environment so tests can check it.
  public static func decide(isTerminal: Bool, noColor: String?, term: String?) -> Bool {
    guard isTerminal else { return false }
    if let n = noColor, !n.isEmpty { return false }
    if term == "dumb" { return false }
    return true
  }

  static func env(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }

  public func paint(_ text: String, _ role: Reply.Role) -> String {
    guard useColor else { return text }
    switch role {
    case .heading: return "\u{1B}[1m" + text + "\u{1B}[0m"
    case .item: return "\u{1B}[1;36m" + text + "\u{1B}[0m"
    case .note: return "\u{1B}[2m" + text + "\u{1B}[0m"
    case .detail, .plain: return text
    }
  }

  public func error(_ text: String) -> String {
    useColor ? "\u{1B}[1;31m" + text + "\u{1B}[0m" : text
  }
}
