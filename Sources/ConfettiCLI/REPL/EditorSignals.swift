import ConfettiSession
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// The signals the line editor reacts to: Ctrl-C (SIGINT), a resize (SIGWINCH), Ctrl-Z (SIGTSTP)
/// and the resume after it (SIGCONT).
///
/// Each handler only records its signal and writes a byte to a pipe (the self-pipe trick), so a
/// reader waiting in `poll` on the terminal and ``wakeDescriptor`` cannot miss a signal, however
/// it is timed. They are installed without `SA_RESTART`. While a line is read, libedit's own
/// handlers (`EL_SIGNAL`) run first, once each: they restore the terminal as needed, reinstall
/// these and raise the signal again. Later signals during the same line come straight here,
/// which is why Ctrl-Z is recorded too: ``stopProcess()`` then does the actual stopping.
///
/// ```swift
/// EditorSignals.install()
/// if EditorSignals.take().contains(.interrupt) { /* Ctrl-C */ }
/// ```
enum EditorSignals {
  /// A set of signals that have arrived.
  struct Arrived: OptionSet, Sendable {
    let rawValue: UInt32
    /// SIGINT: Ctrl-C.
    static let interrupt = Arrived(rawValue: 1 << 0)
    /// SIGWINCH: the terminal was resized.
    static let resize = Arrived(rawValue: 1 << 1)
    /// SIGCONT: resumed after Ctrl-Z.
    static let resume = Arrived(rawValue: 1 << 2)
    /// SIGTSTP: Ctrl-Z, asking to stop.
    static let suspend = Arrived(rawValue: 1 << 3)
  }

  private static let pending = Atomic<UInt32>(0)
  private static let wakeWrite = Atomic<Int32>(-1)
  private static let wakeRead = Atomic<Int32>(-1)

  /// The read end of the pipe that becomes readable when a signal arrives (-1 before ``install()``).
  static var wakeDescriptor: Int32 { wakeRead.load(ordering: .relaxed) }

  /// Creates the pipe and installs the handlers (once; later calls do nothing).
  static func install() {
    guard wakeRead.load(ordering: .relaxed) < 0 else { return }
    var ends: [Int32] = [-1, -1]
    if pipe(&ends) == 0 {
      for fd in ends {
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
      }
      wakeWrite.store(ends[1], ordering: .relaxed)
      wakeRead.store(ends[0], ordering: .relaxed)
    }
    set(SIGINT) { _ in EditorSignals.record(.interrupt) }
    set(SIGWINCH) { _ in EditorSignals.record(.resize) }
    set(SIGCONT) { _ in EditorSignals.record(.resume) }
    set(SIGTSTP) { _ in EditorSignals.record(.suspend) }
  }

  /// Stops the process as Ctrl-Z does by default, and returns once it is continued.
  static func stopProcess() {
    signal(SIGTSTP, SIG_DFL)
    raise(SIGTSTP)
    set(SIGTSTP) { _ in EditorSignals.record(.suspend) }
  }

  /// The signals that arrived since the last call, clearing them and emptying the pipe.
  static func take() -> Arrived {
    let fd = wakeRead.load(ordering: .relaxed)
    if fd >= 0 {
      var bytes: (UInt64, UInt64) = (0, 0)
      while withUnsafeMutableBytes(of: &bytes, { read(fd, $0.baseAddress, $0.count) }) > 0 {}
    }
    return Arrived(rawValue: pending.exchange(0, ordering: .relaxed))
  }

  /// Async-signal-safe: an atomic update and a write(2), keeping the interrupted code's errno.
  private static func record(_ signal: Arrived) {
    let saved = errno
    pending.bitwiseOr(signal.rawValue, ordering: .relaxed)
    var byte: UInt8 = 1
    _ = write(wakeWrite.load(ordering: .relaxed), &byte, 1)
    errno = saved
  }

  private static func set(_ signo: Int32, _ handler: @convention(c) (Int32) -> Void) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = handler
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(signo, &action, nil)
  }
}
