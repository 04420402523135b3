extension Conversation {
  // Answers from options (the `ideas` and `plan` commands): no conversation, hints worded by the
  // front end.

  /// A page of the ideas for `c`: `limit` of them from position `offset` (0 is the first page, or
  /// the nearest options when nothing fits); past the end, an empty page that says how many there are.
  public func ideas(for c: Constraints, limit: Int, offset: Int = 0, hints: any HintWording) -> Answer {
    let result = Suggester(catalogue: catalogue).suggest(c)
    let composer = ReplyComposer(today: today, hints: hints)
    let page =
      offset == 0
      ? Conversation.firstPage(result, size: limit)
      : Answer.IdeasPage(
        shown: Array(result.ranked.dropFirst(offset).prefix(limit)), offset: offset,
        total: result.ranked.count)
    let reply =
      page.shown.isEmpty && !page.nearest
      ? composer.endOfList(total: page.total) : composer.ideas(page, context: c, lead: nil)
    return Answer(input: "", understanding: nil, context: c, reply: reply, content: .ideas(page))
  }

  /// A plan of the week for `c` (the next Customer Service Week unless `c.year` says otherwise).
  public func plan(for c: Constraints, hints: any HintWording) -> Answer {
    let plan = WeekPlanner(catalogue: catalogue).teamPlan(c, week: week(for: c))
    let reply = ReplyComposer(today: today, hints: hints).plan(plan, context: c, lead: nil)
    return Answer(input: "", understanding: nil, context: c, reply: reply, content: .plan(plan))
  }
}
