import ConfettiCore
import ConfettiSession
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle

#if canImport(Glibc)
  import Glibc
#endif

/// The listening socket and its connections, as a service: runs until a graceful
/// shutdown (SIGTERM/SIGINT), then stops accepting and drains every connection.
struct LineServer: Service {
  let options: ServeOptions
  let catalogue: Catalogue
  /// Today when the server started; each connection takes the date it opens on.
  let today: CivilDate
  let group: MultiThreadedEventLoopGroup
  let logger: Logger

  /// Outbound bytes queued per connection above which it stops answering and reading.
  static let highWaterMark = 256 << 10
  /// How long a draining connection keeps reading lines already on their way.
  static let drainGrace = TimeAmount.milliseconds(100)
  /// How long shutdown waits for connections to finish (a client that does not read).
  static let drainDeadline = TimeAmount.seconds(10)

  func run() async throws {
    let registry = ConnectionRegistry(limit: options.maxConnections)
    // One matcher (lexicon, model) for every conversation: a connection copies this one.
    let fresh = Conversation(catalogue: catalogue, today: today)
    let logger = self.logger
    let started = today
    let idle = options.idleTimeout
    var bootstrap = ServerBootstrap(group: group)
      .serverChannelOption(.backlog, value: 1024)
      .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
      .childChannelOption(.allowRemoteHalfClosure, value: true)
      .childChannelOption(
        .writeBufferWaterMark, value: .init(low: Self.highWaterMark / 4, high: Self.highWaterMark)
      )
      .childChannelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
          let handlers = channel.pipeline.syncOperations
          guard registry.admit(channel) else {
            try handlers.addHandler(BusyHandler(limit: registry.limit, logger: logger))
            return
          }
          if idle > 0 {
            try handlers.addHandler(IdleStateHandler(allTimeout: .seconds(Int64(idle))))
          }
          try handlers.addHandler(Self.connection(from: fresh, today: started, logger: logger))
        }
      }
    if options.unix == nil {
      bootstrap = bootstrap.childChannelOption(.tcpOption(.tcp_nodelay), value: 1)
    }
    let channel: any Channel
    let shown: String
    if let path = options.unix {
      channel = try await bootstrap.bind(unixDomainSocketPath: path, cleanupExistingSocketFile: true).get()
      shown = path
    } else {
      channel = try await bootstrap.bind(host: options.host, port: options.listenPort).get()
      let port = channel.localAddress?.port ?? options.listenPort
      shown = options.host.contains(":") ? "[\(options.host)]:\(port)" : "\(options.host):\(port)"
    }
    OutputChannel.standardError.writeQuietly("listening on \(shown)\n")
    logger.info(
      "listening", metadata: ["address": "\(shown)", "max_connections": "\(options.maxConnections)"])

    try? await gracefulShutdown()

    logger.info("shutting down", metadata: ["open_connections": "\(registry.count)"])
    try? await channel.close()
    await registry.drainAll(grace: Self.drainGrace, deadline: Self.drainDeadline)
    if let path = options.unix { unlink(path) }
  }

  /// A new conversation: its own session and today's date; it never writes files.
  static func connection(from fresh: Conversation, today started: CivilDate, logger: Logger)
    -> ConnectionHandler
  {
    var conversation = fresh
    conversation.today = (try? Today.resolve(nil)) ?? started
    var session = Session(conversation: conversation, json: true, style: .init(useColor: false))
    session.writesFiles = false
    return ConnectionHandler(session: session, limit: InputProblem.maxLineBytes, logger: logger)
  }
}
