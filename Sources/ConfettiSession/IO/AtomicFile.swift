#if canImport(Glibc)
  import Glibc
#endif

/// Writes a whole file atomically: to a new temporary file beside it (exact mode,
/// whatever the umask), then linked into place, refusing an existing file, or
/// renamed over it when overwriting.
///
/// ```swift
/// try AtomicFile.write("# Plan\n", to: "plan.md", overwrite: false)
/// ```
public enum AtomicFile {
  public enum WriteError: Error, Equatable {
    /// The file exists and overwriting was not asked for.
    case exists
    /// Anything else, with a reason for a person.
    case failed(String)
  }

  static func errorText(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

  public static func write(_ text: String, to path: String, overwrite: Bool, mode: mode_t = 0o644)
    throws(WriteError)
  {
    if !overwrite && access(path, F_OK) == 0 { throw .exists }
    let temp = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
    guard fd >= 0 else { throw .failed(errorText()) }
    var failure: Int32 = fchmod(fd, mode) == 0 ? 0 : errno
    var copy = text
    copy.withUTF8 { bytes in
      var offset = 0
      while failure == 0, offset < bytes.count {
        let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
        if n < 0 {
          if errno != EINTR { failure = errno }
          continue
        }
        offset += n
      }
    }
    if failure == 0 && fsync(fd) != 0 { failure = errno }
    if close(fd) != 0 && failure == 0 { failure = errno }
    if failure == 0 {
      if overwrite {
        if rename(temp, path) != 0 { failure = errno }
      } else if link(temp, path) != 0 {
        let e = errno
        unlink(temp)
        if e == EEXIST { throw .exists }
        throw .failed(errorText(e))
      }
    }
    if failure != 0 || !overwrite { unlink(temp) }
    if failure != 0 { throw .failed(errorText(failure)) }
  }
}
