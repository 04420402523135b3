import ConfettiCore
import ConfettiSession

/// The server's records: the `--json` record of each answer, and the server's own
/// (busy). An export carries its file's text (Markdown or iCalendar) instead of a path on the server.
enum ServerRecord {
  /// One answer as one JSON line (with its newline). An export comes back as
  /// `"export": {"filename", "markdown"}`, or `{"filename", "ics"}` for a calendar: the server
  /// never writes a file.
  static func line(for answer: Answer, into out: inout [UInt8]) {
    JSONWriter.write(into: &out) { w in
      guard let request = answer.export else {
        JSONRenderer.record(answer, to: &w)
        return
      }
      let filename = self.filename(request.path, format: request.format)
      let what = request.format == .calendar ? "a calendar file" : "Markdown"
      let reply =
        "Here is the plan for \(request.span) as \(what), named \(filename); "
        + "the server saves no files, so your client keeps it."
      JSONRenderer.record(answer, to: &w, reply: reply) { w in
        w.key("export")
        w.beginObject()
        w.key("filename")
        w.string(filename)
        w.key(request.format == .calendar ? "ics" : "markdown")
        w.string(request.contents)
        w.endObject()
      }
    }
    out.append(0x0A)
  }

  /// The file's own name: where to keep it is the client's choice, never a path on the server.
  static func filename(_ path: String, format: ExportFormat = .markdown) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? ""
    return name.isEmpty || name == "~"
      ? (format == .calendar ? "confetti-plan.ics" : "confetti-plan.md") : name
  }

  /// The answer to a binary WebSocket message: the chat reads text.
  static func binaryRefused() -> [UInt8] {
    error(
      code: "binary_message",
      message: "This chat reads text messages only; send your question as text.")
  }

  /// An error record of the server's own, with its newline.
  static func error(code: String, message: String) -> [UInt8] {
    let record = JSONValue.object([
      ("error", .object([("code", .string(code)), ("message", .string(message))]))
    ])
    var out: [UInt8] = []
    record.write(into: &out)
    out.append(0x0A)
    return out
  }

  /// Sent to a connection over `--max-connections`, which is then closed.
  static func busy(limit: Int) -> [UInt8] {
    let record = JSONValue.object([
      (
        "error",
        .object([
          ("code", .string("busy")),
          (
            "message",
            .string(
              "The server is at its limit of \(limit) conversations; please try again in a moment.")
          ),
        ])
      )
    ])
    var out: [UInt8] = []
    record.write(into: &out)
    out.append(0x0A)
    return out
  }
}
