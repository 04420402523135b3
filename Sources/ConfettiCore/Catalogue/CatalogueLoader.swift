/// Reads sources, ideas and facts from YAML, checking every field.
///
/// Errors name the file, the line and the field, so a person can fix their own
/// catalogue: `my-ideas.yaml:14: idea 'pizza-party': theme: 'party' is not one
/// of educate, activate, cocreate, celebrate`.
///
/// ```swift
/// let sources = try CatalogueLoader.sources(fromYAML: sourcesText, file: "sources.yaml")
/// let ideas = try CatalogueLoader.ideas(fromYAML: text, file: "my-ideas.yaml", sources: sources)
/// ```
public enum CatalogueLoader {
  /// Parses a `sources:` document: each source once, with an id, title, publisher, a year or
  /// `undated: true`, and optionally a URL and `supports:` (what the page says that we rely on).
  public static func sources(fromYAML text: String, file: String) throws(DataFileError) -> [Source] {
    let root = try YAMLReader.parse(text, file: file)
    guard let list = root["sources"] else {
      throw DataFileError(file: file, line: root.line, message: "missing top-level 'sources:' list")
    }
    return try parseSources(list, file: file, known: [])
  }

  /// Parses an `ideas:` document. Every source an idea or caution cites must be one of
  /// `sources` or listed in the document's own optional `sources:` list (a person's
  /// catalogue can name its own). With `requireNeeds` (the built-in catalogue) every idea must say
  /// what it needs (`needs: []` for nothing); otherwise an idea without `needs:` needs nothing.
  public static func ideas(
    fromYAML text: String, file: String, sources: [Source], requireNeeds: Bool = false
  ) throws(DataFileError) -> [Idea] {
    let root = try YAMLReader.parse(text, file: file)
    guard let list = root["ideas"] else {
      throw DataFileError(file: file, line: root.line, message: "missing top-level 'ideas:' list")
    }
    guard let items = list.sequence else {
      throw DataFileError(file: file, line: list.line, message: "'ideas' must be a list of ideas")
    }
    if let mapping = root.mapping {
      for entry in mapping where entry.key != "ideas" && entry.key != "sources" {
        throw DataFileError(
          file: file, line: entry.line,
          message: "unknown top-level field '\(entry.key)' (expected ideas, sources)")
      }
    }
    var known = SourceTable(sources)
    if let own = root["sources"] {
      for s in try parseSources(own, file: file, known: known.ids) { known.add(s) }
    }
    var out: [Idea] = []
    var seen: [String: Int] = [:]
    for item in items {
      let idea = try parseIdea(item, file: file, sources: known, requireNeeds: requireNeeds)
      if let first = seen[idea.id] {
        throw DataFileError(
          file: file, line: item.line, message: "idea '\(idea.id)': duplicate id (first at line \(first))")
      }
      seen[idea.id] = item.line
      out.append(idea)
    }
    return out
  }

  /// Parses a `facts:` document; each fact cites one of `sources`.
  public static func facts(fromYAML text: String, file: String, sources: [Source]) throws(DataFileError)
    -> [Fact]
  {
    let root = try YAMLReader.parse(text, file: file)
    guard let items = root["facts"]?.sequence else {
      throw DataFileError(file: file, line: root.line, message: "missing top-level 'facts:' list")
    }
    let known = SourceTable(sources)
    var out: [Fact] = []
    var seen: Set<String> = []
    for item in items {
      let (f, id) = try entry(item, "fact", file: file)
      guard seen.insert(id).inserted else { throw f.error(at: "id", "duplicate id") }
      try f.allowOnly(["id", "text", "source", "topic", "year"])
      let year = try f.optionalInteger("year")
      out.append(
        Fact(
          id: id, text: try f.string("text"), source: try known.resolve(f, "source"),
          topic: try f.enumeration("topic", FactTopic.self), year: year))
    }
    return out
  }

  /// The sources an ideas or facts document may cite, by id.
  struct SourceTable {
    private(set) var byID: [String: Source] = [:]
    var ids: Set<String> { Set(byID.keys) }

    init(_ sources: [Source]) { for s in sources { byID[s.id] = s } }

    mutating func add(_ s: Source) { byID[s.id] = s }

    func resolve(_ f: FieldReader, _ key: String) throws(DataFileError) -> Source {
      let id = try f.string(key)
      guard let s = byID[id] else { throw f.error(at: key, "'\(id)' is not a known source") }
      return s
    }

    /// Each item of the list at `key`, resolved; an unknown one is reported on its own line.
    func resolveList(_ f: FieldReader, _ key: String) throws(DataFileError) -> [Source] {
      guard let items = try f.node(key).sequence else { throw f.error(at: key, "must be a list") }
      var out: [Source] = []
      for item in items {
        guard let id = item.scalar, !id.isEmpty else {
          throw DataFileError(
            file: f.file, line: item.line, message: "\(f.context): \(key): items must be text")
        }
        guard let s = byID[id] else {
          throw DataFileError(
            file: f.file, line: item.line,
            message: "\(f.context): \(key): '\(id)' is not a known source (list it under 'sources:')")
        }
        out.append(s)
      }
      return out
    }
  }

  private static func parseSources(_ list: YAMLNode, file: String, known: Set<String>) throws(DataFileError)
    -> [Source]
  {
    guard let items = list.sequence else {
      throw DataFileError(file: file, line: list.line, message: "'sources' must be a list of sources")
    }
    var out: [Source] = []
    var seen = known
    for item in items {
      let (f, id) = try entry(item, "source", file: file)
      guard seen.insert(id).inserted else { throw f.error(at: "id", "duplicate id") }
      try f.allowOnly(["id", "title", "publisher", "year", "undated", "url", "supports"])
      let title = try f.string("title")
      let publisher = try f.string("publisher")
      let year = try f.optionalInteger("year")
      if let year, !(1900...2100).contains(year) {
        throw f.error(at: "year", "\(year) is not a plausible year of publication")
      }
      if let undated = try f.optionalString("undated") {
        guard undated == "true" else {
          throw f.error(at: "undated", "must be 'true' (or give a year instead)")
        }
        if year != nil { throw f.error(at: "undated", "a source with a year is not undated") }
      } else if year == nil {
        throw f.error(at: "year", "give the year of publication, or 'undated: true' when the page has none")
      }
      let supports = try f.optionalString("supports")
      if let supports, supports.allSatisfy(\.isWhitespace) {
        throw f.error(at: "supports", "must say what the page supports, or be left out")
      }
      let url = try f.optionalString("url")
      if let url, !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
        throw f.error(at: "url", "'\(url)' must start with https:// or http://")
      }
      out.append(
        Source(
          id: id, title: title, publisher: publisher, year: year, url: url, supports: supports ?? ""))
    }
    return out
  }

  private static func parseIdea(
    _ node: YAMLNode, file: String, sources known: SourceTable, requireNeeds: Bool
  ) throws(DataFileError) -> Idea {
    let (f, id) = try entry(node, "idea", file: file)
    try f.allowOnly([
      "id", "name", "summary", "steps", "aliases", "tags", "sources", "theme", "audience", "formats",
      "team_size", "needs", "prep", "cost", "cautions",
    ])
    if requireNeeds && node["needs"] == nil {
      throw DataFileError(
        file: file, line: node.line,
        message: "\(f.context): give 'needs:', what it needs to run ("
          + Need.allCases.map(\.rawValue).joined(separator: ", ") + "), or [] for none of them")
    }
    let needs = node["needs"] == nil ? [] : try f.enumerations("needs", Need.self)
    let sources = try known.resolveList(f, "sources")
    guard !sources.isEmpty else { throw f.error(at: "sources", "needs at least one source") }
    let theme = try f.enumeration("theme", Theme.self)
    let audience = try f.enumeration("audience", Audience.self)
    let formats = try f.enumerations("formats", Format.self)
    let tags = node["tags"] == nil ? [] : try f.enumerations("tags", Kind.self)
    guard !formats.isEmpty else { throw f.error(at: "formats", "needs at least one format") }
    let sizeNode = try f.node("team_size")
    let size = FieldReader(node: sizeNode, file: file, context: "\(f.context): team_size")
    try size.allowOnly(["min", "max"])
    let minSize = try size.integer("min")
    let maxSize = try size.integer("max")
    guard minSize >= 1, maxSize >= minSize else {
      throw f.error(at: "team_size", "min must be at least 1 and no more than max")
    }
    let costNode = try f.node("cost")
    let cost = FieldReader(node: costNode, file: file, context: "\(f.context): cost")
    try cost.allowOnly(["note", "tiers"])
    let costNote = try cost.optionalString("note") ?? "Confetti estimate, not from the sources"
    let tierNodes = try cost.node("tiers")
    guard let tierList = tierNodes.sequence, !tierList.isEmpty else {
      throw cost.error(at: "tiers", "needs a list of at least one tier")
    }
    var tiers: [CostTier] = []
    for t in tierList {
      let tr = FieldReader(node: t, file: file, context: "\(f.context): cost tier")
      try tr.allowOnly([
        "name", "description", "fixed", "fixed_sized_for", "per_person", "value", "formats",
        "guests_per_person", "guests_min", "guests_max",
        "per_guest", "fixed_per", "annual", "basis", "basis_source",
      ])
      let fixed = try tr.number("fixed")
      guard fixed >= 0 else { throw tr.error(at: "fixed", "costs cannot be negative") }
      let perPerson = try tr.number("per_person")
      guard perPerson >= 0 else { throw tr.error(at: "per_person", "costs cannot be negative") }
      let name = try tr.string("name")
      if fixed + perPerson > 0 && saysFree(name) {
        throw tr.error(at: "name", "'\(name)' says free but the tier costs money; name it by what it buys")
      }
      let sizedFor = try tr.optionalInteger("fixed_sized_for")
      if let sizedFor {
        guard sizedFor >= 1 else { throw tr.error(at: "fixed_sized_for", "must be a team size of 1 or more") }
        guard fixed > 0 else { throw tr.error(at: "fixed_sized_for", "there is no fixed part to size") }
      }
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
      let guestsPerPerson = t["guests_per_person"] == nil ? 0 : try tr.number("guests_per_person")
      let perGuest = t["per_guest"] == nil ? 0 : try tr.number("per_guest")
      guard guestsPerPerson >= 0, perGuest >= 0 else {
        throw tr.error(at: guestsPerPerson < 0 ? "guests_per_person" : "per_guest", "cannot be negative")
      }
      guard (guestsPerPerson > 0) == (perGuest > 0) else {
        throw tr.error(
          at: guestsPerPerson > 0 ? "guests_per_person" : "per_guest",
          "guests_per_person and per_guest go together: how many guests each person brings, and what each costs"
        )
      }
      let guestsMin = try tr.optionalInteger("guests_min")
      let guestsMax = try tr.optionalInteger("guests_max")
      for (key, bound) in [("guests_min", guestsMin), ("guests_max", guestsMax)] {
        guard let bound else { continue }
        guard guestsPerPerson > 0 else {
          throw tr.error(at: key, "bounds the guests estimated: give guests_per_person and per_guest too")
        }
        guard bound >= 1 else { throw tr.error(at: key, "must be a number of guests, 1 or more") }
      }
      if let guestsMin, let guestsMax, guestsMin > guestsMax {
        throw tr.error(at: "guests_max", "must be at least guests_min (\(guestsMin))")
      }
      let fixedPer = try tr.optionalInteger("fixed_per")
      if let fixedPer, fixedPer < 1 {
        throw tr.error(at: "fixed_per", "must be a number of people, 1 or more")
      }
      var annual = false
      if let raw = try tr.optionalString("annual") {
        guard raw == "true" || raw == "false" else { throw tr.error(at: "annual", "must be true or false") }
        annual = raw == "true"
      }
      var basis: CostTier.Basis?
      if let note = try tr.optionalString("basis") {
        guard !note.isEmpty else { throw tr.error(at: "basis", "must be non-empty text") }
        basis = CostTier.Basis(note: note, source: try known.resolve(tr, "basis_source"))
      } else if t["basis_source"] != nil {
        throw tr.error(at: "basis_source", "cites the basis: give 'basis' too")
      }
      tiers.append(
        CostTier(
          name: name, description: try tr.optionalString("description") ?? "", fixed: fixed,
          perPerson: perPerson, value: value, formats: tierFormats, fixedSizedFor: sizedFor,
          guestsPerPerson: guestsPerPerson, guestsMin: guestsMin, guestsMax: guestsMax, perGuest: perGuest,
          fixedPer: fixedPer, annual: annual,
          basis: basis))
    }
    var cautions: [Caution] = []
    if let cautionNode = node["cautions"] {
      guard let list = cautionNode.sequence else {
        throw f.error(at: "cautions", "must be a list of {text, source}")
      }
      for c in list {
        let cr = FieldReader(node: c, file: file, context: "\(f.context): caution")
        try cr.allowOnly(["text", "source"])
        cautions.append(Caution(text: try cr.string("text"), source: try known.resolve(cr, "source")))
      }
    }
    return Idea(
      id: id, name: try f.string("name"), summary: try f.string("summary"), steps: try f.strings("steps"),
      aliases: try f.optionalStrings("aliases"), tags: tags, sources: sources, theme: theme,
      audience: audience,
      formats: formats, teamSize: minSize...maxSize, needs: needs, prep: try f.optionalString("prep") ?? "",
      tiers: tiers, costNote: costNote, cautions: cautions)
  }

  /// The preamble every entry shares: a mapping, with a kebab-case `id`; the reader's context
  /// then names the entry ("idea 'cookout'") in every error about its fields.
  static func entry(_ node: YAMLNode, _ kind: String, file: String) throws(DataFileError) -> (
    FieldReader, String
  ) {
    guard node.mapping != nil else {
      throw DataFileError(file: file, line: node.line, message: "each \(kind) must be a mapping of fields")
    }
    var f = FieldReader(node: node, file: file, context: kind)
    let id = try f.string("id")
    guard isKebabCase(id) else {
      throw f.error(at: "id", "'\(id)' must be kebab-case (lower-case words joined by '-')")
    }
    f.context = "\(kind) '\(id)'"
    return (f, id)
  }

  /// True when a tier's name has the word "free" in it ("free", "free extra", "free tool").
  public static func saysFree(_ name: String) -> Bool {
    name.lowercased().split { !$0.isLetter }.contains("free")
  }

  static func isKebabCase(_ s: String) -> Bool {
    guard let first = s.first, first.isLetter, s.last != "-", !s.contains("--") else { return false }
    return s.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "-" }
      && s.unicodeScalars.allSatisfy(\.isASCII)
  }
}
