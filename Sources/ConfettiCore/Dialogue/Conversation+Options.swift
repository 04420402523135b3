extension Conversation {
  /// A page of the ideas for `c`: `limit` of them from position `offset` (0 is the first page,
  /// as ``ideas(for:limit:)`` gives it); past the end, an empty page that says how many there are.
  public func ideas(for c: Constraints, limit: Int, offset: Int) -> Answer {
    guard offset > 0 else { return ideas(for: c, limit: limit) }
    let result = Suggester(catalogue: catalogue).suggest(c)
    let composer = ReplyComposer(today: today, voice: .options)
    let total = result.ranked.count
    let page = Answer.IdeasPage(
      shown: Array(result.ranked.dropFirst(offset).prefix(limit)), offset: offset, total: total)
    let reply =
      page.shown.isEmpty ? composer.endOfList(total: total) : composer.ideas(page, context: c, lead: nil)
    return Answer(input: "", understanding: nil, context: c, reply: reply, content: .ideas(page))
  }
}
