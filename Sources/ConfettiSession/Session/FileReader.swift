#if canImport(Glibc)
  import Glibc
#endif

/// Reads a whole (bounded) text file with POSIX calls, without Foundation.
public enum FileReader {
  /// The largest data file Confetti reads.
  public static let maxBytes = 16 << 20

  /// Why a file could not be read.
  public enum Failure: Error, Equatable {
    /// The file does not exist.
    case missing
    /// Anything else, with a reason for a person.
    case failed(String)
  }

  /// The whole file as bytes, at most `maxBytes` of them.
  public static func bytes(_ path: String, maxBytes: Int) -> Result<[UInt8], Failure> {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      return .failure(
        errno == ENOENT ? .missing : .failed("cannot read: " + String(cString: strerror(errno))))
    }
    defer { close(fd) }
    var st = stat()
    if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
      return .failure(.failed("is a directory"))
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        return .failure(.failed("cannot read: " + String(cString: strerror(errno))))
      }
      if n == 0 { return .success(bytes) }
      bytes.append(contentsOf: chunk[0..<n])
      if bytes.count > maxBytes {
        return .failure(.failed("larger than \(maxBytes >> 20) MiB; is this the right file?"))
      }
    }
  }

  /// A whole UTF-8 text file without NUL bytes; errors name the file (and the line).
  public static func read(_ path: String, maxBytes: Int = FileReader.maxBytes) throws(CLIError) -> String {
    let bytes: [UInt8]
    switch FileReader.bytes(path, maxBytes: maxBytes) {
    case .success(let b): bytes = b
    case .failure(.missing): throw .unreadable(path: path, reason: "cannot read: No such file or directory")
    case .failure(.failed(let reason)): throw .unreadable(path: path, reason: reason)
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      var line = 1
      for b in bytes.prefix(while: { _ in true }) {
        if b == 0x0A { line += 1 }
        if b >= 0x80 { break }
      }
      throw .unreadable(path: path, reason: "line \(line): not valid UTF-8 text")
    }
    if let nul = text.utf8.firstIndex(of: 0) {
      let line = text.utf8[..<nul].filter { $0 == 0x0A }.count + 1
      throw .unreadable(path: path, reason: "line \(line): contains a NUL byte")
    }
    return text
  }
}
