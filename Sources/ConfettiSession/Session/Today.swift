import ConfettiCore

#if canImport(Glibc)
  import Glibc
#endif

/// Today's date, injectable: `--today`, else `CONFETTI_TODAY`, else the local clock.
public enum Today {
  public static func resolve(_ option: String?) throws(CLIError) -> CivilDate {
    if let option {
      guard let d = CivilDate(iso: option) else {
        throw .usage("--today: '\(option)' is not a date like 2026-11-23")
      }
      return d
    }
    if let env = getenv("CONFETTI_TODAY").map({ String(cString: $0) }), !env.isEmpty {
      guard let d = CivilDate(iso: env) else {
        throw .usage("CONFETTI_TODAY: '\(env)' is not a date like 2026-11-23")
      }
      return d
    }
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    return CivilDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
  }
}
