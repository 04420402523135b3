import ArgumentParser
import ConfettiSession

#if canImport(Glibc)
  import Glibc
#endif

/// `confetti serve`: the line protocol over TCP or a Unix socket.
///
/// The server lives in its own program, `confetti-server`, installed beside
/// `confetti`, so the plain command line never loads the networking libraries;
/// this command checks the options and replaces itself with that program.
struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Serve the line protocol over TCP or a Unix socket, or the chat page (--http).",
    usage: """
      confetti serve [--http] [--host <address>] [--port <port>]
        [--unix <path>] [--max-connections <n>] [--idle-timeout <s>]
        [--catalogue <file> ...]
      """,
    discussion: """
      Each line a client sends gets exactly one JSON line back, the same record as `confetti --json`, \
      in order. A plan export comes back as Markdown in the record; the server writes no files. \
      SIGTERM or SIGINT stops accepting, answers the lines already received, and exits 0.

      With --http (port 8080 unless --port says otherwise) it serves the chat page at /, a WebSocket \
      at /chat carrying the same records (one conversation per socket) and POST /ask (one question, \
      one record), on loopback unless --host says otherwise.

      Examples:
        confetti serve --port 7007
        confetti serve --port 0 --max-connections 2000 --idle-timeout 60
        confetti serve --unix /run/confetti.sock
        confetti serve --http --port 0
        printf 'ideas for 12 people under $300\\n' | nc -N 127.0.0.1 7007
      """
  )

  @OptionGroup var options: ServeOptions

  func run() throws {
    let program = Self.serverProgram()
    let argv = [program] + options.arguments
    let cArgs = argv.map { strdup($0) } + [nil]
    execv(program, cArgs)
    let reason = String(cString: strerror(errno))
    throw CLIError.other(
      "cannot run the server program \(program) (\(reason)); it is built and installed beside confetti "
        + "(swift build --product confetti-server, or make install)")
  }

  /// `confetti-server` in the folder of the running `confetti`.
  static func serverProgram() -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard n > 0 else { return "confetti-server" }
    let exe = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    guard let slash = exe.lastIndex(of: "/") else { return "confetti-server" }
    return String(exe[..<slash]) + "/confetti-server"
  }
}
