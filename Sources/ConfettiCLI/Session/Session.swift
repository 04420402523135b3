import ConfettiCore

/// One conversation with its output format: the single engine behind the
/// REPL, pipe mode and `ask`, so the same line gets the same answer everywhere.
///
/// ```swift
/// var session = try Session(options: CommonOptions(), style: .init(useColor: false))
/// session.answer(line: "when is CSW 2027?").text
/// ```
public struct Session {
  public var conversation: Conversation
  public let json: Bool
  public let renderer: TextRenderer
  /// Whether "export the plan" writes a file (benchmarks and the fuzzer turn it off).
  public var writesFiles = true

  public init(catalogue: Catalogue, today: CivilDate, json: Bool, style: TerminalStyle) {
    self.conversation = Conversation(catalogue: catalogue, today: today)
    self.json = json
    self.renderer = TextRenderer(style: style)
  }

  /// Loads the built-in catalogue plus the user's files (later files override earlier ones).
  public static func catalogue(with paths: [String]) throws(CLIError) -> Catalogue {
    guard !paths.isEmpty else { return .builtin }
    var extra: [Idea] = []
    for path in paths {
      let text = try FileReader.read(path)
      do {
        extra.append(contentsOf: try CatalogueLoader.ideas(fromYAML: text, file: path))
      } catch {
        throw .dataFile(error)
      }
    }
    return Catalogue.builtin.merging(extra)
  }

  /// The rendered answer to one line of raw bytes, and whether the session should end.
  public mutating func answer(_ line: LineReader.Line) -> (text: String, ends: Bool) {
    var answer = respond(to: line)
    carryOutExport(&answer)
    return render(answer)
  }

  /// The answer to one line of raw bytes: bad bytes and over-long lines get an error answer.
  /// An export stays a request (``Answer/export``), for the caller to carry out or hand back.
  public mutating func respond(to line: LineReader.Line) -> Answer {
    switch line {
    case .tooLong(let n):
      let problem = InputProblem(
        .lineTooLong, "That line is over 1 MiB (\(n) bytes); please ask a shorter question.")
      return conversation.respond(to: problem, input: "")
    case .bytes(let bytes):
      switch InputProblem.decode(bytes) {
      case .success(let text):
        return conversation.respond(to: text)
      case .failure(let problem):
        let shown = String(decoding: bytes.prefix(200), as: UTF8.self)
        return conversation.respond(to: problem, input: shown)
      }
    }
  }

  public mutating func answer(line: String) -> (text: String, ends: Bool) {
    var answer = conversation.respond(to: line)
    carryOutExport(&answer)
    return render(answer)
  }

  /// Writes the file an export asks for, and says what happened.
  func carryOutExport(_ answer: inout Answer) {
    if writesFiles, let request = answer.export {
      let outcome = ExportWriter.write(request)
      if case .written(let path) = outcome { answer.content = .export(request, writtenTo: path) }
      answer.reply = CommandLineReplies.exported(outcome, request)
    }
  }

  func render(_ a: Answer) -> (text: String, ends: Bool) {
    (json ? JSONRenderer.render(a) : renderer.render(a), a.endsSession)
  }
}
