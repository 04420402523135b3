import CEditLine
import ConfettiSession

#if canImport(Glibc)
  import Glibc
#endif

/// libedit's line editor and history list, set up for one interactive session.
///
/// Emacs key bindings (or whatever `~/.editrc` chooses), Up/Down and Ctrl-R through the history,
/// Tab completion through a ``Completer``, and `EL_SIGNAL` so a resize or Ctrl-Z leaves the line
/// intact. Ctrl-C drops the line (it comes back as ``Input/interrupted`` after `^C` is shown);
/// it needs ``EditorSignals/install()``. Call ``TerminalLocale/ensureUTF8()`` before `init`.
///
/// ```swift
/// let editor = LineEditor(prompt: "confetti> ", completer: Completer(ideas: catalogue.ideas))!
/// while case .line(let text) = editor.readLine() { editor.remember(text) }
/// ```
final class LineEditor {
  /// What one call to ``readLine()`` gives.
  enum Input: Equatable {
    /// A line, without its newline.
    case line(String)
    /// Ctrl-C: drop the line and prompt again.
    case interrupted
    /// Ctrl-D on an empty line, or the terminal went away.
    case end
  }

  /// Swift state the C callbacks reach through `EL_CLIENTDATA`.
  final class State {
    let prompt: UnsafeMutablePointer<CChar>
    let completer: Completer

    init(prompt: String, completer: Completer) {
      self.prompt = strdup(prompt)!
      self.completer = completer
    }

    deinit { free(prompt) }
  }

  private let editLine: OpaquePointer
  private let history: OpaquePointer
  private let state: State

  /// Sets up libedit on the standard streams; nil if it cannot start.
  init?(program: String = "confetti", prompt: String, completer: Completer, historySize: Int32 = 1000) {
    guard let history = history_init() else { return nil }
    guard let editLine = el_init(program, confetti_stdin(), confetti_stdout(), confetti_stderr()) else {
      history_end(history)
      return nil
    }
    self.editLine = editLine
    self.history = history
    self.state = State(prompt: prompt, completer: completer)

    _ = confetti_history_set_size(history, historySize)
    _ = confetti_history_set_unique(history, 1)
    _ = confetti_el_set_clientdata(editLine, Unmanaged.passUnretained(state).toOpaque())
    _ = confetti_el_set_editor(editLine, "emacs")
    _ = confetti_el_set_signal(editLine, 1)
    _ = confetti_el_set_history(editLine, history)
    _ = confetti_el_set_prompt(editLine, Callbacks.prompt)
    _ = confetti_el_set_getcfn(editLine, Callbacks.readCharacter)
    _ = confetti_el_add_function(
      editLine, "confetti-complete", "Complete a command or an idea name", Callbacks.complete)
    // Defaults that ~/.editrc may override.
    _ = confetti_el_bind(editLine, "^I", "confetti-complete")
    _ = confetti_el_bind(editLine, "^R", "em-inc-search-prev")
    _ = el_source(editLine, nil)
    // A switch to vi mode in ~/.editrc replaced the key maps: bind Tab again.
    if let mode = confetti_el_get_editor(editLine), String(cString: mode) != "emacs" {
      _ = confetti_el_bind(editLine, "^I", "confetti-complete")
    }
  }

  deinit {
    el_end(editLine)
    history_end(history)
  }

  /// Reads one line with editing, showing the prompt.
  ///
  /// Ctrl-C: SIGINT reaches libedit's handler, which puts the terminal back in cooked mode and
  /// passes the signal on to ``EditorSignals``; the character reader then fails with `EINTR` and
  /// `el_gets` gives NULL with a count of -1. The line is dropped with `el_reset` and `^C` is shown
  /// at its end. NULL with a count of 0 is Ctrl-D on an empty line (or the end of input).
  func readLine() -> Input {
    // Signals from before the prompt: only a Ctrl-Z still needs acting on.
    if EditorSignals.take().contains(.suspend) { EditorSignals.stopProcess() }
    var count: Int32 = 0
    let result = el_gets(editLine, &count)
    let failure = errno
    guard let result else {
      if count == -1 && failure == EINTR {
        // Show ^C after the whole line: write out again what follows the cursor (already on
        // screen) so the terminal's cursor ends where the line does, wrapped the same way.
        var rest = ""
        if let info = el_line(editLine), let cursor = info.pointee.cursor, let end = info.pointee.lastchar {
          let count = UnsafeRawPointer(end) - UnsafeRawPointer(cursor)
          rest = String(decoding: UnsafeRawBufferPointer(start: cursor, count: count), as: UTF8.self)
        }
        el_reset(editLine)
        OutputChannel.standardOutput.writeQuietly(rest + "^C\n")
        return .interrupted
      }
      return .end
    }
    var line = String(decoding: UnsafeRawBufferPointer(start: result, count: strlen(result)), as: UTF8.self)
    while line.last == "\n" || line.last == "\r" || line.last == "\r\n" { line.removeLast() }
    return .line(line)
  }

  /// Adds `line` to the in-memory history, for Up-arrow recall.
  func remember(_ line: String) {
    _ = confetti_history_enter(history, line)
  }
}

/// The C callbacks libedit calls: non-capturing, reaching ``LineEditor/State`` via EL_CLIENTDATA.
private enum Callbacks {
  static func state(_ editLine: OpaquePointer) -> LineEditor.State? {
    confetti_el_get_clientdata(editLine).map {
      Unmanaged<LineEditor.State>.fromOpaque($0).takeUnretainedValue()
    }
  }

  static let prompt: confetti_prompt_fn = { editLine in
    state(editLine)?.prompt
  }

  /// Reads one character for libedit (`EL_GETCFN`), decoding UTF-8 as libedit's own reader does.
  ///
  /// Unlike that reader it waits in `poll` on the terminal and on the pipe of ``EditorSignals``,
  /// so a Ctrl-C is never lost, even one that comes while libedit is busy between two reads: it
  /// fails with `EINTR`, and `el_gets` returns NULL with a count of -1. A resize calls
  /// `el_resize` and a resume after Ctrl-Z redraws the line, as libedit's reader does, and then
  /// reading goes on. libedit's reader also rearms its signal handlers after a resize or resume;
  /// this one cannot, so ``EditorSignals`` catches the later ones, and Ctrl-Z stops the process
  /// here with the terminal restored.
  static let readCharacter: confetti_getc_fn = { editLine, out in
    withUnsafeTemporaryAllocation(of: CChar.self, capacity: 8) { bytes -> Int32 in
      var count = 0
      var needsByte = true
      while true {
        if needsByte {
          switch waitForInput(editLine) {
          case .interrupted:
            errno = EINTR
            return -1
          case .failed:
            return -1
          case .ready:
            break
          }
          var byte: CChar = 0
          let n = read(0, &byte, 1)
          if n < 0 {
            if errno == EINTR || errno == EAGAIN { continue }
            return -1
          }
          if n == 0 { return 0 }
          bytes[count] = byte
          count += 1
        }
        needsByte = true
        var shift = mbstate_t()
        switch mbrtowc(out, bytes.baseAddress, count, &shift) {
        case -1:
          // Invalid: drop what came before the last byte, and look at that byte alone.
          if count > 1 {
            bytes[0] = bytes[count - 1]
            count = 1
            needsByte = false
          } else {
            count = 0
          }
        case -2:
          // Incomplete: read on, unless it is already too long to be one character.
          if count == bytes.count { count = 0 }
        default:
          return 1
        }
      }
    }
  }

  enum Wait { case ready, interrupted, failed }

  /// Waits until the terminal has input, acting on signals meanwhile.
  static func waitForInput(_ editLine: OpaquePointer) -> Wait {
    while true {
      var arrived = EditorSignals.take()
      if arrived.contains(.suspend) {
        // Terminal back to normal, stop; once continued, raw mode again and a redraw.
        _ = confetti_el_prep_term(editLine, 0)
        EditorSignals.stopProcess()
        _ = confetti_el_prep_term(editLine, 1)
        arrived.formUnion(EditorSignals.take())
        arrived.insert(.resume)
      }
      if arrived.contains(.interrupt) { return .interrupted }
      if arrived.contains(.resize) { el_resize(editLine) }
      // The line is drawn again from the start, once: after `fg` the cursor is on a fresh line.
      if arrived.contains(.resume) { _ = confetti_el_refresh(editLine) }
      var fds = [
        pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
        pollfd(fd: EditorSignals.wakeDescriptor, events: Int16(POLLIN), revents: 0),
      ]
      let n = poll(&fds, 2, -1)
      if n < 0 && errno != EINTR { return .failed }
      // A signal (EINTR, or the pipe is readable) is looked at first, at the top of the loop.
      if n > 0 && fds[1].revents == 0 && fds[0].revents != 0 { return .ready }
    }
  }

  /// Tab: completes the text before the cursor.
  static let complete: confetti_command_fn = { editLine, _ in
    guard let state = state(editLine), let info = el_line(editLine) else { return UInt8(CC_ERROR) }
    let start = UnsafeRawPointer(info.pointee.buffer!)
    let length = UnsafeRawPointer(info.pointee.cursor!) - start
    let before = String(decoding: UnsafeRawBufferPointer(start: start, count: length), as: UTF8.self)
    switch state.completer.complete(before) {
    case .insert(let text):
      return el_insertstr(editLine, text) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_REFRESH_BEEP)
    case .replace(let typed, let name):
      // libedit counts wide characters: one per Unicode scalar.
      el_deletestr(editLine, Int32(typed.unicodeScalars.count))
      return el_insertstr(editLine, name) == 0 ? UInt8(CC_REDISPLAY) : UInt8(CC_REFRESH_BEEP)
    case .list(let items):
      let rows = Completer.columns(items, width: TerminalStyle.width() ?? 80)
      OutputChannel.standardOutput.writeQuietly("\n" + rows.joined(separator: "\n") + "\n")
      return UInt8(CC_REDISPLAY)
    case .none:
      return UInt8(CC_REFRESH_BEEP)
    }
  }
}
