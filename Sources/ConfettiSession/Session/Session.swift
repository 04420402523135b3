import ConfettiCore

/// One conversation with its output format: the single engine behind the
/// REPL, pipe mode and `ask`, so the same line gets the same answer everywhere.
///
/// ```swift
/// var session = try Session(options: CommonOptions())
/// session.answer(line: "when is CSW 2027?").text  // "Customer Service Week 2027 is Monday October 4 …"
/// ```
public struct Session {
  /// One rendered answer.
  public struct Output: Sendable {
    public var text: String
    /// True when the conversation ends here (goodbye).
    public var ends: Bool
    /// True when the line could not be read (bad bytes, control characters, too long, empty).
    public var unreadable: Bool
  }

  public var conversation: Conversation
  public let json: Bool
  /// How text answers look; the REPL updates its width when the window is resized.
  public var renderer: TextRenderer
  /// Whether "export the plan" writes a file (benchmarks and the fuzzer turn it off).
  public var writesFiles = true

  public init(catalogue: Catalogue, today: CivilDate, json: Bool, style: TerminalStyle) {
    self.init(conversation: Conversation(catalogue: catalogue, today: today), json: json, style: style)
  }

  /// A session that starts from `conversation` (a server copies one built once, matcher and all).
  public init(conversation: Conversation, json: Bool, style: TerminalStyle) {
    self.conversation = conversation
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
        extra.append(
          contentsOf: try CatalogueLoader.ideas(
            fromYAML: text, file: path, sources: Catalogue.builtin.sources))
      } catch {
        throw .dataFile(error)
      }
    }
    return Catalogue.builtin.merging(extra)
  }

  /// The rendered answer to one line of raw bytes, and whether the session should end.
  public mutating func answer(_ line: LineReader.Line) -> Output {
    var answer = respond(to: line)
    carryOutExport(&answer)
    return render(answer)
  }

  /// Appends the JSON record for one line of raw bytes, and a newline, to `out`: the same
  /// record as ``answer(_:)`` in JSON, written straight into the caller's reused buffer.
  public mutating func answerJSON(_ line: LineReader.Line, into out: inout [UInt8]) {
    var answer = respond(to: line)
    carryOutExport(&answer)
    JSONRenderer.write(answer, into: &out)
    out.append(0x0A)
  }

  /// The answer to one line of raw bytes: bad bytes and over-long lines get an error answer.
  /// An export stays a request (``Answer/export``), for the caller to carry out or hand back.
  public mutating func respond(to line: LineReader.Line) -> Answer {
    switch line {
    case .tooLong(let n):
      return conversation.respond(to: .tooLong(n), input: "")
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

  public mutating func answer(line: String) -> Output {
    var answer = conversation.respond(to: line)
    carryOutExport(&answer)
    return render(answer)
  }

  /// Writes the file an export asks for, and says what happened.
  /// When the file exists and may not be replaced, the conversation hears of it, so that
  /// "overwrite it" next replaces that file.
  public mutating func carryOutExport(_ answer: inout Answer) {
    if writesFiles, let request = answer.export {
      let outcome = ExportWriter.write(request)
      if case .written(let path) = outcome { answer.content = .export(request, writtenTo: path) }
      if case .exists = outcome { conversation.exportRefused(file: request.path) }
      answer.reply = CommandLineReplies.exported(outcome, request)
    }
  }

  public func render(_ a: Answer) -> Output {
    Output(
      text: json ? JSONRenderer.render(a) : renderer.render(a), ends: a.endsSession,
      unreadable: a.problem != nil)
  }
}
