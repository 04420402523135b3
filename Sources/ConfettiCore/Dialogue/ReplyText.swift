/// Reply text for results computed outside a conversation (the `ideas` and `plan` subcommands).
public enum ReplyText {
  public static func ideas(shown: [Suggestion], nearest: Bool, total: Int, context: Constraints) -> Reply {
    ReplyComposer(today: CivilDate(year: 2000, month: 1, day: 1)).ideas(
      Answer.IdeasPage(shown: shown, nearest: nearest, total: total), context: context, lead: nil)
  }

  public static func plan(_ plan: WeekPlan, context: Constraints) -> Reply {
    ReplyComposer(today: CivilDate(year: 2000, month: 1, day: 1)).plan(plan, context: context, lead: nil)
  }
}
