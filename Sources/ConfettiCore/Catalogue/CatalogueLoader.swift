/// Reads ideas and facts from YAML, checking every field.
///
/// Errors name the file, the line and the field, so a person can fix their own
/// catalogue: `my-ideas.yaml:14: idea 'pizza-party': theme: 'party' is not one
/// of educate, activate, cocreate, celebrate`.
///
/// ```swift
/// let ideas = try CatalogueLoader.ideas(fromYAML: text, file: "my-ideas.yaml")
/// ```
public enum CatalogueLoader {
  /// Parses an `ideas:` document. `knownSources`, when given, limits `sources` to those names.
  public static func ideas(fromYAML text: String, file: String, knownSources: Set<String>? = nil)
    throws(DataFileError) -> [Idea]
  {
    let root = try YAMLReader.parse(text, file: file)
    guard let list = root["ideas"] else {
      throw DataFileError(file: file, line: root.line, message: "missing top-level 'ideas:' list")
    }
    guard let items = list.sequence else {
      throw DataFileError(file: file, line: list.line, message: "'ideas' must be a list of ideas")
    }
    var out: [Idea] = []
    var seen: [String: Int] = [:]
    for item in items {
      let idea = try parseIdea(item, file: file, knownSources: knownSources)
      if let first = seen[idea.id] {
        throw DataFileError(
          file: file, line: item.line, message: "idea '\(idea.id)': duplicate id (first at line \(first))")
      }
      seen[idea.id] = item.line
      out.append(idea)
    }
    return out
  }

  /// Parses a `facts:` document.
  public static func facts(fromYAML text: String, file: String) throws(DataFileError) -> [Fact] {
    let root = try YAMLReader.parse(text, file: file)
    guard let items = root["facts"]?.sequence else {
      throw DataFileError(file: file, line: root.line, message: "missing top-level 'facts:' list")
    }
    var out: [Fact] = []
    for item in items {
      let f = FieldReader(node: item, file: file, context: "fact")
      out.append(Fact(id: try f.string("id"), text: try f.string("text"), source: try f.string("source")))
    }
    return out
  }

  private static func parseIdea(_ node: YAMLNode, file: String, knownSources: Set<String>?)
    throws(DataFileError) -> Idea
  {
    guard node.mapping != nil else {
      throw DataFileError(file: file, line: node.line, message: "each idea must be a mapping of fields")
    }
    var f = FieldReader(node: node, file: file, context: "idea")
    let id = try f.string("id")
    guard isKebabCase(id) else {
      throw f.error(at: "id", "'\(id)' must be kebab-case (lower-case words joined by '-')")
    }
    f.context = "idea '\(id)'"
    let allowed: Set<String> = [
      "id", "name", "summary", "steps", "aliases", "tags", "sources", "theme", "audience", "formats",
      "team_size",
      "prep", "cost", "cautions",
    ]
    for entry in node.mapping! where !allowed.contains(entry.key) {
      throw DataFileError(file: file, line: entry.line, message: "\(f.context): unknown field '\(entry.key)'")
    }
    let sources = try f.strings("sources")
    guard !sources.isEmpty else { throw f.error(at: "sources", "needs at least one source") }
    if let knownSources {
      for s in sources where !knownSources.contains(s) {
        throw f.error(at: "sources", "'\(s)' is not a known source")
      }
    }
    let theme = try f.enumeration("theme", Theme.self)
    let audience = try f.enumeration("audience", Audience.self)
    let formats = try f.enumerations("formats", Format.self)
    let tags = node["tags"] == nil ? [] : try f.enumerations("tags", Kind.self)
    guard !formats.isEmpty else { throw f.error(at: "formats", "needs at least one format") }
    let sizeNode = try f.node("team_size")
    let size = FieldReader(node: sizeNode, file: file, context: "\(f.context): team_size")
    let minSize = try size.integer("min")
    let maxSize = try size.integer("max")
    guard minSize >= 1, maxSize >= minSize else {
      throw f.error(at: "team_size", "min must be at least 1 and no more than max")
    }
    let costNode = try f.node("cost")
    let cost = FieldReader(node: costNode, file: file, context: "\(f.context): cost")
    let costNote = try cost.optionalString("note") ?? "Confetti estimate, not from the sources"
    let tierNodes = try cost.node("tiers")
    guard let tierList = tierNodes.sequence, !tierList.isEmpty else {
      throw cost.error(at: "tiers", "needs a list of at least one tier")
    }
    var tiers: [CostTier] = []
    for t in tierList {
      let tr = FieldReader(node: t, file: file, context: "\(f.context): cost tier")
      let fixed = try tr.number("fixed")
      guard fixed >= 0 else { throw tr.error(at: "fixed", "costs cannot be negative") }
      let perPerson = try tr.number("per_person")
      guard perPerson >= 0 else { throw tr.error(at: "per_person", "costs cannot be negative") }
      let value = try tr.integer("value")
      guard (1...10).contains(value) else { throw tr.error(at: "value", "must be between 1 and 10") }
      var tierFormats: [Format]?
      if t["formats"] != nil {
        let list = try tr.enumerations("formats", Format.self)
        guard !list.isEmpty else { throw tr.error(at: "formats", "needs at least one format") }
        for x in list where !formats.contains(x) {
          throw tr.error(at: "formats", "'\(x.rawValue)' is not one of the idea's formats")
        }
        tierFormats = list
      }
      tiers.append(
        CostTier(
          name: try tr.string("name"), description: try tr.optionalString("description") ?? "", fixed: fixed,
          perPerson: perPerson, value: value, formats: tierFormats))
    }
    var cautions: [Caution] = []
    if let cautionNode = node["cautions"] {
      guard let list = cautionNode.sequence else {
        throw f.error(at: "cautions", "must be a list of {text, source}")
      }
      for c in list {
        let cr = FieldReader(node: c, file: file, context: "\(f.context): caution")
        cautions.append(Caution(text: try cr.string("text"), source: try cr.string("source")))
      }
    }
    return Idea(
      id: id, name: try f.string("name"), summary: try f.string("summary"), steps: try f.strings("steps"),
      aliases: try f.optionalStrings("aliases"), tags: tags, sources: sources, theme: theme,
      audience: audience,
      formats: formats, teamSize: minSize...maxSize, prep: try f.optionalString("prep") ?? "",
      tiers: tiers, costNote: costNote, cautions: cautions)
  }

  static func isKebabCase(_ s: String) -> Bool {
    guard let first = s.first, first.isLetter, s.last != "-", !s.contains("--") else { return false }
    return s.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "-" }
      && s.unicodeScalars.allSatisfy(\.isASCII)
  }
}
