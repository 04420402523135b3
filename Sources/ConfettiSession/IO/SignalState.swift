import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// The process's signal set-up: SIGPIPE ignored (a closed pipe becomes EPIPE),
/// and SIGINT/SIGTERM recorded so pipe mode can stop between answers with exit
/// status 128 + signal (130, 143).
public enum SignalState {
  private static let pending = Atomic<Int32>(0)

  public static func ignoreSIGPIPE() {
    signal(SIGPIPE, SIG_IGN)
  }

  /// Installs recording handlers for SIGINT and SIGTERM, without SA_RESTART so a blocked read returns.
  public static func recordTermination() {
    // A parent may hand us a blocked signal mask (posix_spawn inherits it); unblock what we handle.
    var unblock = sigset_t()
    sigemptyset(&unblock)
    sigaddset(&unblock, SIGINT)
    sigaddset(&unblock, SIGTERM)
    pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    for sig in [SIGINT, SIGTERM] {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { signo in SignalState.pending.store(signo, ordering: .relaxed)
      }
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      sigaction(sig, &action, nil)
    }
  }

  /// The signal received, if any.
  public static var received: Int32? {
    let s = pending.load(ordering: .relaxed)
    return s == 0 ? nil : s
  }

  public static func clear() { pending.store(0, ordering: .relaxed) }
}
