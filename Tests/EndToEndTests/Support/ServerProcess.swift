import Foundation

/// A `confetti serve` process on a free loopback port (or a Unix socket), for
/// end-to-end tests over real sockets.
///
/// ```swift
/// let server = try ServerProcess.start(["--max-connections", "2"])
/// defer { server.stop() }
/// let client = try LineClient(port: server.port)
/// ```
final class ServerProcess: @unchecked Sendable {
  let process: Process
  /// The port it listens on (0 for a Unix socket).
  private(set) var port = 0
  private let errPipe: Pipe
  private let lock = NSLock()
  private var errData = Data()
  /// False while standard error is left unread, as a log nobody reads would be.
  private var reading = true

  var pid: Int32 { process.processIdentifier }

  /// Everything the server wrote on standard error so far.
  var errorText: String {
    lock.lock()
    defer { lock.unlock() }
    return String(decoding: errData, as: UTF8.self)
  }

  private init(process: Process, errPipe: Pipe) {
    self.process = process
    self.errPipe = errPipe
  }

  /// Starts `confetti serve --port 0 ARGS` and waits for its `listening on` line; with
  /// `readsErrors` false, standard error is read no further (until ``resumeReadingErrors()``).
  static func start(
    _ arguments: [String] = [], directory: URL? = nil, unixSocket: String? = nil, timeout: TimeInterval = 30,
    readsErrors: Bool = true
  ) throws -> ServerProcess {
    ConfettiProcess.ignoreSIGPIPE
    let process = Process()
    process.executableURL = ConfettiProcess.binary
    var args = ["serve"]
    if let unixSocket { args += ["--unix", unixSocket] } else { args += ["--port", "0"] }
    process.arguments = args + arguments
    var env = ProcessInfo.processInfo.environment
    env["CONFETTI_TODAY"] = "2026-11-23"
    process.environment = env
    if let directory { process.currentDirectoryURL = directory }
    let errPipe = Pipe()
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errPipe
    try process.run()
    let server = ServerProcess(process: process, errPipe: errPipe)
    server.collectErrors()
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      let text = server.errorText
      if let range = text.range(of: "listening on ") {
        let rest = text[range.upperBound...]
        if let end = rest.firstIndex(of: "\n") {
          let address = rest[..<end]
          server.port = unixSocket == nil ? Int(address.split(separator: ":").last ?? "") ?? 0 : 0
          if !readsErrors { server.setReading(false) }
          return server
        }
      }
      if !process.isRunning {
        throw ConfettiProcess.ProcessFailure(message: "server exited: \(server.errorText)")
      }
      usleep(10_000)
    }
    server.stop()
    throw ConfettiProcess.ProcessFailure(message: "server did not start: \(server.errorText)")
  }

  /// Reads standard error again after `start(readsErrors: false)`.
  func resumeReadingErrors() { setReading(true) }

  private func setReading(_ on: Bool) {
    lock.lock()
    reading = on
    lock.unlock()
  }

  private func collectErrors() {
    let handle = errPipe.fileHandleForReading
    Thread.detachNewThread { [self] in
      while true {
        lock.lock()
        let paused = !reading
        lock.unlock()
        if paused {
          if !process.isRunning { break }
          usleep(10_000)
          continue
        }
        let chunk = handle.availableData
        if chunk.isEmpty { break }
        lock.lock()
        errData.append(chunk)
        lock.unlock()
      }
    }
  }

  /// Whether standard error shows `text` within `timeout` seconds (logs come just after a close).
  func logShows(_ text: String, timeout: TimeInterval = 5) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if errorText.contains(text) { return true }
      usleep(10_000)
    }
    return errorText.contains(text)
  }

  /// Sends a signal (SIGTERM by default).
  func signal(_ sig: Int32 = SIGTERM) { kill(process.processIdentifier, sig) }

  /// Waits for the exit; nil on timeout.
  func waitForExit(timeout: TimeInterval = 20) -> Int32? {
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { usleep(10_000) }
    if process.isRunning { return nil }
    return process.terminationStatus
  }

  /// Stops the server if still running (SIGKILL after a bounded wait).
  func stop() {
    guard process.isRunning else { return }
    signal(SIGTERM)
    if waitForExit(timeout: 15) == nil { signal(SIGKILL) }
    process.waitUntilExit()
  }

  /// The server's resident memory in KiB (from /proc).
  var residentKiB: Int {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
      return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
    return 0
  }
}
