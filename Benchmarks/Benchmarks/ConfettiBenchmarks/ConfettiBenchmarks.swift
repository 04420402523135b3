import Benchmark
import ConfettiSession
import ConfettiCore

// Each iteration handles ONE question (round-robin over `questions`), so the
// wall-clock percentiles are per-question latencies and `mallocCountTotal` is
// allocations per question. The "Baseline" benchmark does the least any
// question answerer must do (lower-case and split the line) over the same
// questions, so the others can be read as a ratio to it (`make bench` prints it).

let today = CivilDate(year: 2026, month: 11, day: 23)

/// About fifty varied questions, in a dialogue order: searches, refinements,
/// plans, details, dates, follow-ups, small talk, typos and out-of-scope lines.
let questions: [String] = [
  "ideas for 12 people under $300",
  "what about 40 people?",
  "and remote",
  "more",
  "#2",
  "cheaper",
  "tell me more about the house band",
  "make it $1,500",
  "actually customers only",
  "what can we do for free",
  "10 ppl $200",
  "ideas for a dozen agents with 500 dollars",
  "hybrid team of 45 with $1,500",
  "plan the week for 40 reps with 2k",
  "build me a csw agenda for 2027",
  "what does the second one involve",
  "when is CSW 2027?",
  "what week is customer service week",
  "when was it in 2017",
  "hi",
  "thanks",
  "help",
  "what's the weather like today",
  "tell me a joke",
  "asdf qwer zxcv",
  "ideas for 1000000 people under $99999999",
  "idaes for 12 peple undr $300",
  "IDEAS FOR TWENTY PEOPLE",
  "suggest something fun for two dozen reps",
  "educate day ideas",
  "what are some co-create activities",
  "in person ideas for 20 people",
  "we have $25 per person for 30 people",
  "between $200 and $800",
  "show me more",
  "next",
  "too pricey",
  "how do we run a raffle",
  "details on number 3",
  "plan customer service week",
  "can you plan the whole week for us",
  "dates for 2031",
  "when is customer service week next year",
  "start over",
  "ideas for customers on a $0 budget",
  "virtual activities for 15 agents",
  "book a flight to denver",
  "how do i reset my password",
  "see you",
  "any ideas for customer service week?",
]

/// Hands out items round-robin across the benchmark's calls of its closure
/// (one call is one measured iteration), with whatever state `T` carries.
final class RoundRobin<Item, State>: @unchecked Sendable {
  let items: [Item]
  var state: State
  private var k = 0

  init(_ items: [Item], state: State) {
    self.items = items
    self.state = state
  }

  func next() -> Item {
    defer { k = k + 1 == items.count ? 0 : k + 1 }
    return items[k]
  }
}

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .mallocCountTotal, .throughput],
    timeUnits: .nanoseconds,
    warmupIterations: 200,
    maxDuration: .seconds(3),
    maxIterations: 200_000
  )

  Benchmark("Baseline lowercase+split") { _, q in
    blackHole(q.next().lowercased().split(separator: " "))
  } setup: {
    RoundRobin(questions, state: ())
  }

  Benchmark("IntentMatcher.match") { _, q in
    blackHole(q.state.match(q.next(), today: today))
  } setup: {
    RoundRobin(questions, state: IntentMatcher(catalogue: .builtin))
  }

  // State carries over from line to line, as in a session; the list cycles.
  Benchmark("Conversation.respond") { _, q in
    let line = q.next()
    blackHole(q.state.respond(to: line))
  } setup: {
    RoundRobin(questions, state: Conversation(catalogue: .builtin, today: today))
  }

  Benchmark("JSONRenderer.render") { (_, q: RoundRobin<Answer, Void>) in
    blackHole(JSONRenderer.render(q.next()))
  } setup: { () -> RoundRobin<Answer, Void> in
    var chat = Conversation(catalogue: .builtin, today: today)
    return RoundRobin(questions.map { chat.respond(to: $0) }, state: ())
  }

  // The whole per-line path of `confetti --json` in pipe mode (bytes in, JSON
  // text out), minus the read(2) and write(2).
  Benchmark("Session.answer bytes->JSON") { (_, q: RoundRobin<LineReader.Line, Session>) in
    let line = q.next()
    blackHole(q.state.answer(line))
  } setup: { () -> RoundRobin<LineReader.Line, Session> in
    var session = Session(
      catalogue: .builtin, today: today, json: true, style: TerminalStyle(useColor: false))
    session.writesFiles = false  // no file writes, whatever the line says
    return RoundRobin(questions.map { LineReader.Line.bytes(Array($0.utf8)) }, state: session)
  }
}
