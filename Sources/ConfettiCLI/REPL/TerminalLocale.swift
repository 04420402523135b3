#if canImport(Glibc)
  import Glibc
#endif

/// The character locale libedit needs for UTF-8 editing.
///
/// libedit decodes keystrokes and measures characters with the C library's multibyte functions,
/// so an "é" or "🎉" is only one character in a UTF-8 `LC_CTYPE`. This takes the user's locale
/// when it is UTF-8, and `C.UTF-8` otherwise. Call it before `el_init`.
///
/// ```swift
/// TerminalLocale.ensureUTF8()
/// let editor = LineEditor(prompt: "> ", completer: completer)
/// ```
enum TerminalLocale {
  /// Sets `LC_CTYPE` from the environment, falling back to `C.UTF-8`; whether the result is UTF-8.
  @discardableResult
  static func ensureUTF8() -> Bool {
    if setlocale(LC_CTYPE, "") != nil, isUTF8 { return true }
    return setlocale(LC_CTYPE, "C.UTF-8") != nil && isUTF8
  }

  /// Whether the current `LC_CTYPE` encodes text as UTF-8.
  static var isUTF8: Bool {
    guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
    let name = String(cString: codeset).lowercased().filter { $0 != "-" && $0 != "_" }
    return name == "utf8"
  }
}
