import ConfettiSession

#if canImport(Glibc)
  import Glibc
#endif

/// The interactive session's history file: one entry per line, the newest last.
///
/// Kept at `$XDG_STATE_HOME/confetti/history` (default `~/.local/state/confetti/history`), mode
/// 0600 in a directory created 0700. It is rewritten after every entry, atomically (a temporary
/// file renamed into place), so a killed session loses nothing. At most ``limit`` entries are
/// kept, and an entry equal to the one before it is dropped. Lines that are not valid UTF-8 or
/// hold control characters are skipped when loading.
///
/// A history that cannot be read or written never stops the session: the first problem becomes
/// a ``warning`` to show once, and later ones are silent.
///
/// ```swift
/// var history = HistoryStore(path: HistoryStore.defaultPath())
/// history.add("when is CSW 2027?")  // saved
/// if let message = history.takeWarning() { print(message) }
/// ```
public struct HistoryStore {
  /// The most entries kept.
  public static let limit = 1000

  /// The history file, or nil when there is nowhere to keep one.
  public let path: String?
  public private(set) var entries: [String] = []
  private var warning: String?
  private var warned = false
  /// Whether saving has failed once; later saves are not attempted.
  private var saveFailed = false

  /// Loads the history at `path` (nil: keep history in memory only).
  public init(path: String?) {
    self.path = path
    guard let path else { return }
    switch HistoryStore.read(path) {
    case .success(let bytes):
      var skipped = 0
      for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
        if let entry = HistoryStore.entry(from: line) {
          append(entry)
        } else {
          skipped += 1
        }
      }
      if skipped > 0 {
        let lines = skipped == 1 ? "1 unreadable line" : "\(skipped) unreadable lines"
        report("ignored \(lines) in the history file \(path)")
      }
    case .failure(let reason):
      // Never replace a file we could not read.
      saveFailed = true
      report("cannot read the history file \(path) (\(reason)); history will not be saved")
    }
  }

  /// `$XDG_STATE_HOME/confetti/history`, or `$HOME/.local/state/confetti/history`; nil without either.
  ///
  /// A relative `XDG_STATE_HOME` is ignored, as the XDG base directory specification asks.
  public static func defaultPath(environment: (String) -> String? = HistoryStore.environment) -> String? {
    if let state = environment("XDG_STATE_HOME"), state.hasPrefix("/") {
      return state + "/confetti/history"
    }
    if let home = environment("HOME"), !home.isEmpty {
      return home + "/.local/state/confetti/history"
    }
    return nil
  }

  public static func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }

  /// Adds `line` (unless it repeats the last entry or cannot be stored) and saves the file.
  public mutating func add(_ line: String) {
    guard HistoryStore.isStorable(line), entries.last != line else { return }
    append(line)
    save()
  }

  /// The first problem met, once; nil afterwards and when all is well.
  public mutating func takeWarning() -> String? {
    defer { warning = nil }
    return warning
  }

  /// Whether `line` can be kept: valid text on one line, with no control characters.
  public static func isStorable(_ line: String) -> Bool {
    !line.isEmpty && !line.unicodeScalars.contains { $0.properties.generalCategory == .control }
  }

  // MARK: - Private

  private mutating func append(_ entry: String) {
    if entries.last == entry { return }
    entries.append(entry)
    if entries.count > HistoryStore.limit { entries.removeFirst(entries.count - HistoryStore.limit) }
  }

  private mutating func report(_ message: String) {
    guard !warned else { return }
    warned = true
    warning = message
  }

  private mutating func save() {
    guard let path, !saveFailed else { return }
    let text = entries.map { $0 + "\n" }.joined()
    var reason = HistoryStore.makeParent(of: path)
    if reason == nil {
      do {
        try AtomicFile.write(text, to: path, overwrite: true, mode: 0o600)
      } catch {
        if case .failed(let r) = error { reason = r }
      }
    }
    if let reason {
      saveFailed = true
      report("cannot save the history to \(path): \(reason)")
    }
  }

  static func entry(from bytes: ArraySlice<UInt8>) -> String? {
    var line = bytes
    if line.last == 0x0D { line = line.dropLast() }
    guard let text = String(validating: line, as: UTF8.self), isStorable(text) else { return nil }
    return text
  }

  static func errorText(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

  /// The whole file; an empty history when it does not exist yet.
  static func read(_ path: String) -> Result<[UInt8], ReadFailure> {
    switch FileReader.bytes(path, maxBytes: 64 << 20) {
    case .success(let bytes): return .success(bytes)
    case .failure(.missing): return .success([])
    case .failure(.failed(let reason)): return .failure(ReadFailure(reason))
    }
  }

  struct ReadFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }

  /// Creates the directories above `path` (mode 0700); the reason on failure.
  static func makeParent(of path: String) -> String? {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
    var current = path.hasPrefix("/") ? "" : "."
    for part in parts where !part.isEmpty {
      current += "/" + part
      if mkdir(current, 0o700) != 0 && errno != EEXIST { return errorText() }
    }
    return nil
  }
}
