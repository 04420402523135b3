import ArgumentParser

/// The options of `confetti serve`, shared by the `confetti-server` program it runs.
public struct ServeOptions: ParsableArguments, Sendable {
  @Option(help: ArgumentHelp("Address to listen on. Default: loopback only.", valueName: "address"))
  public var host = "127.0.0.1"

  @Flag(
    name: .long,
    help:
      "Serve the chat page (/), its WebSocket (/chat) and POST /ask over HTTP instead of the line protocol.")
  public var http = false

  @Option(
    help: ArgumentHelp(
      "TCP port; 0 picks a free one (printed on start). Default: 7007, or 8080 with --http.",
      valueName: "port"))
  public var port: Int?

  /// The port to listen on: `--port`, else 7007 for the line protocol and 8080 for HTTP.
  public var listenPort: Int { port ?? (http ? 8080 : 7007) }

  @Option(help: ArgumentHelp("Listen on this Unix socket instead of TCP.", valueName: "path"))
  public var unix: String?

  @Option(
    name: .customLong("max-connections"),
    help: ArgumentHelp("Conversations at once; one more gets a busy record and is closed.", valueName: "n"))
  public var maxConnections = 512

  @Option(
    name: .customLong("idle-timeout"),
    help: ArgumentHelp("Close a connection after this many seconds with no traffic; 0 never.", valueName: "s")
  )
  public var idleTimeout = 300

  @Option(
    name: [.customLong("catalogue"), .customLong("catalog")],
    help: ArgumentHelp("Add or override ideas from a YAML catalogue file (repeatable).", valueName: "file"))
  public var catalogue: [String] = []

  public init() {}

  public func validate() throws {
    if let port, !(0...65535).contains(port) {
      throw ValidationError("--port: \(port) is not a port (0-65535).")
    }
    if http && unix != nil { throw ValidationError("--http listens on TCP: give --port, not --unix.") }
    guard maxConnections >= 1 else { throw ValidationError("--max-connections must be at least 1.") }
    guard idleTimeout >= 0 else { throw ValidationError("--idle-timeout must be 0 (never) or more seconds.") }
    if let unix, unix.isEmpty { throw ValidationError("--unix needs a socket path.") }
    if host.isEmpty { throw ValidationError("--host needs an address.") }
  }

  /// These options as arguments again, for handing to the server program.
  public var arguments: [String] {
    var a = [
      "--host", host, "--max-connections", String(maxConnections), "--idle-timeout", String(idleTimeout),
    ]
    if let port { a += ["--port", String(port)] }
    if http { a.append("--http") }
    if let unix { a += ["--unix", unix] }
    for file in catalogue { a += ["--catalogue", file] }
    return a
  }
}
