import ConfettiCore

/// An error the command line reports, with its exit status.
///
/// Exit status: 0 normal (also when the reader of our output went away),
/// 64 usage error, 65 bad data file, 1 anything else; 130/143 after SIGINT/SIGTERM
/// in pipe mode.
public enum CLIError: Error, Sendable, CustomStringConvertible {
  case usage(String)
  case dataFile(DataFileError)
  case unreadable(path: String, reason: String)
  case other(String)

  public var exitCode: Int32 {
    switch self {
    case .usage: return 64
    case .dataFile, .unreadable: return 65
    case .other: return 1
    }
  }

  public var description: String {
    switch self {
    case .usage(let m): return m
    case .dataFile(let e): return e.description
    case .unreadable(let path, let reason): return "\(path): \(reason)"
    case .other(let m): return m
    }
  }
}
