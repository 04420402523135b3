extension CatalogueLoader {
  /// Parses `Catalogue/merged-ids.yaml`: `merged:` maps the id of each idea merged into another to
  /// the id of the idea that now holds it. An old id must not be an idea's id today, and the idea
  /// it points to must be one (no chains). A malformed file gets a file:line error naming the id.
  public static func mergedIDs(fromYAML text: String, file: String, ideas: [Idea]) throws(DataFileError)
    -> [String: String]
  {
    let root = try YAMLReader.parse(text, file: file)
    let f = FieldReader(node: root, file: file, context: "merged ids")
    try f.allowOnly(["merged"])
    let table = try f.node("merged")
    guard let entries = table.mapping else {
      throw f.error(at: "merged", "must map each old idea id to the id of the idea that holds it now")
    }
    let ids = Set(ideas.map(\.id))
    let r = FieldReader(node: table, file: file, context: "merged ids")
    var merged: [String: String] = [:]
    for entry in entries {
      let now = try r.string(entry.key)
      guard !ids.contains(entry.key) else {
        throw r.error(at: entry.key, "'\(entry.key)' is still an idea's id; an old id must be gone")
      }
      guard ids.contains(now) else {
        throw r.error(at: entry.key, "'\(now)' is no idea's id; an old id must point to an idea of today")
      }
      merged[entry.key] = now
    }
    return merged
  }
}
