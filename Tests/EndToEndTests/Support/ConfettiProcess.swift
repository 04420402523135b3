import Foundation
import Testing

/// Runs the built `confetti` binary (or another tool built beside it) as a real process.
///
/// ```swift
/// let r = try ConfettiProcess.run(["--json"], input: "when is CSW 2027?\n")
/// #expect(r.status == 0)
/// ```
struct ConfettiProcess {
  struct Output {
    var stdout: Data
    var stderr: Data
    var status: Int32
    /// True when the process ended by a signal (status is then the signal number).
    var signalled: Bool

    var text: String { String(decoding: stdout, as: UTF8.self) }
    var errorText: String { String(decoding: stderr, as: UTF8.self) }
    var lines: [String] {
      text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
    }

    /// Each stdout line parsed as a JSON object.
    func jsonLines() throws -> [[String: Any]] {
      try lines.map { line in
        guard let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
          throw ProcessFailure(message: "not a JSON object: \(line)")
        }
        return obj
      }
    }
  }

  struct ProcessFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }

  /// The directory holding the built products (beside the test bundle).
  static var productsDirectory: URL {
    if let override = ProcessInfo.processInfo.environment["CONFETTI_BUILD_DIR"] {
      return URL(fileURLWithPath: override)
    }
    let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    return exe.deletingLastPathComponent()
  }

  static var binary: URL { productsDirectory.appendingPathComponent("confetti") }

  /// The package root (two levels above this file's folder).
  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
  }

  /// Everything from `fd` until end of file, read with read(2) and retried when a signal interrupts
  /// it (EINTR): Foundation's `readDataToEndOfFile` traps on EINTR, which the test process's many
  /// children (their SIGCHLD) can cause.
  static func readToEnd(_ fd: Int32) -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n > 0 {
        data.append(contentsOf: buffer[0..<n])
      } else if n == 0 || errno != EINTR {
        return data
      }
    }
  }

  /// The test process writes into pipes whose reader may have exited: take EPIPE, not SIGPIPE.
  static let ignoreSIGPIPE: Void = { signal(SIGPIPE, SIG_IGN) }()

  /// Runs `executable` (default: confetti) with `arguments`, feeding `input` on stdin.
  static func run(
    _ arguments: [String], input: Data = Data(), executable: URL? = nil,
    environment: [String: String] = [:], timeout: TimeInterval = 60, directory: URL? = nil
  ) throws -> Output {
    ConfettiProcess.ignoreSIGPIPE
    let process = Process()
    process.executableURL = executable ?? binary
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    var env = ProcessInfo.processInfo.environment
    env["CONFETTI_TODAY"] = env["CONFETTI_TODAY"] ?? "2026-11-23"
    env.removeValue(forKey: "NO_COLOR")
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let inPipe = Pipe()
    let outPipe = Pipe()
    let errPipe = Pipe()
    process.standardInput = inPipe
    process.standardOutput = outPipe
    process.standardError = errPipe
    try process.run()
    let group = DispatchGroup()
    nonisolated(unsafe) var out = Data()
    nonisolated(unsafe) var err = Data()
    group.enter()
    DispatchQueue.global().async {
      out = ConfettiProcess.readToEnd(outPipe.fileHandleForReading.fileDescriptor)
      group.leave()
    }
    group.enter()
    DispatchQueue.global().async {
      err = ConfettiProcess.readToEnd(errPipe.fileHandleForReading.fileDescriptor)
      group.leave()
    }
    DispatchQueue.global().async {
      try? inPipe.fileHandleForWriting.write(contentsOf: input)
      try? inPipe.fileHandleForWriting.close()
    }
    if group.wait(timeout: .now() + timeout) == .timedOut {
      process.terminate()
      throw ProcessFailure(message: "timed out after \(timeout)s: confetti \(arguments)")
    }
    process.waitUntilExit()
    return Output(
      stdout: out, stderr: err, status: process.terminationStatus,
      signalled: process.terminationReason == .uncaughtSignal)
  }

  static func run(
    _ arguments: [String], input: String, environment: [String: String] = [:], directory: URL? = nil
  ) throws -> Output {
    try run(arguments, input: Data(input.utf8), environment: environment, directory: directory)
  }

  /// `line` as the first line of a fresh conversation (`--json`, today 2026-11-23): its one record.
  static func firstRecord(_ line: String) throws -> [String: Any] {
    let r = try run(["--json", "--today", "2026-11-23"], input: line + "\n")
    #expect(r.status == 0, "stderr: \(r.errorText)")
    let lines = try r.jsonLines()
    try #require(lines.count == 1, "one record for \(line)")
    return lines[0]
  }

  /// Runs confetti with stdin and stdout redirected to files, returning its exit status and its own
  /// peak resident set size in KiB (from wait4's rusage of that one child).
  static func runMeasured(_ arguments: [String], stdin: URL, stdout: URL) throws -> (
    status: Int32, maxRSSKiB: Int
  ) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdin.path, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdout.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv: [UnsafeMutablePointer<CChar>?] = ([binary.path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let envp: [UnsafeMutablePointer<CChar>?] = [strdup("CONFETTI_TODAY=2026-11-23"), nil]
    defer { envp.forEach { free($0) } }
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, binary.path, &actions, nil, argv, envp)
    guard rc == 0 else { throw ProcessFailure(message: "posix_spawn failed: \(rc)") }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return (exitStatus, usage.ru_maxrss)
  }
}
