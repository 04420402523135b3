import ConfettiCore

/// The interactive session (placeholder until the libedit editor lands).
struct REPL {
  var session: Session

  func run() throws {
    var pipe = PipeSession(session: session)
    try pipe.run()
  }
}
