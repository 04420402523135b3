/// Whom a reply speaks to, which decides how its hints are worded: a person in a conversation
/// is told what to say next ("say \"more\""), a user of the `ideas` and `plan` commands which
/// option to pass (`--limit`, `--team-size`).
public enum ReplyVoice: Sendable {
  case conversation
  case options
}
