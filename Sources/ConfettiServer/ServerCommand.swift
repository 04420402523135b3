import ArgumentParser
import ConfettiCore
import ConfettiSession
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle

#if canImport(Glibc)
  import Glibc
#endif

/// The `confetti-server` program that `confetti serve` runs: parses the serve
/// options, loads the catalogue, and runs the server until SIGTERM/SIGINT.
///
/// Exit status: 0 after a clean shutdown; 64 usage error; 65 bad catalogue file;
/// 1 when the address cannot be bound or the server fails.
public enum ServerCommand {
  public static func mainAndExit() async -> Never {
    SignalState.ignoreSIGPIPE()
    let options: ServeOptions
    do {
      options = try ServeOptions.parse(Array(CommandLine.arguments.dropFirst()))
    } catch {
      ServeOptions.exit(withError: error)
    }
    let catalogue: Catalogue
    let today: CivilDate
    do throws(CLIError) {
      catalogue = try Session.catalogue(with: options.catalogue)
      today = try Today.resolve(nil)
    } catch {
      fail(error.description, status: error.exitCode)
    }
    // Log lines go through a bounded buffer to a writer of their own: an event loop never waits
    // on standard error, even when nobody reads it (lines beyond the buffer are dropped and counted).
    LoggingSystem.bootstrap { label in
      var handler = StreamLogHandler(label: label, stream: LogBuffer.shared.stream)
      handler.logLevel = .info
      return handler
    }
    let logger = Logger(label: "confetti.server")
    let group = MultiThreadedEventLoopGroup(numberOfThreads: System.coreCount)
    let server: any Service =
      options.http
      ? WebServer(options: options, catalogue: catalogue, today: today, logger: logger).application()
      : LineServer(options: options, catalogue: catalogue, today: today, group: group, logger: logger)
    let services = ServiceGroup(
      configuration: .init(
        services: [.init(service: server)],
        gracefulShutdownSignals: [.sigterm, .sigint],
        logger: logger))
    var status: Int32 = 0
    do {
      try await services.run()
    } catch {
      OutputChannel.standardError.writeQuietly("confetti serve: \(describe(error))\n")
      status = 1
    }
    try? await group.shutdownGracefully()
    // The last lines ("shutting down"), unless standard error is blocked: then exit regardless.
    LogBuffer.shared.flush(timeout: 1)
    exit(status)
  }

  static func fail(_ message: String, status: Int32) -> Never {
    OutputChannel.standardError.writeQuietly("confetti serve: \(message)\n")
    exit(status)
  }

  /// A bind failure in words, without NIO's internals.
  static func describe(_ error: any Error) -> String {
    if let e = error as? IOError { return "cannot listen: \(String(cString: strerror(e.errnoCode)))" }
    if let e = error as? ServiceGroupError { return "\(e)" }
    return "\(error)"
  }
}
