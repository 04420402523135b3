// confetti-generate: compiles Catalogue/ and Intents/ into Swift sources under
// Sources/ConfettiCore/Generated/, so the assistant starts without parsing YAML
// or training a model.
//
//   swift run confetti-generate [--root DIR] [--output DIR] [--check]
//
// --check compares instead of writing and exits 1 when the committed files are stale.
import ConfettiCore
import ConfettiTraining
import Foundation

struct Options {
  var root = FileManager.default.currentDirectoryPath
  var output: String?
  var check = false
}

func parseOptions() -> Options {
  var o = Options()
  var args = CommandLine.arguments.dropFirst()
  while let a = args.popFirst() {
    switch a {
    case "--root": o.root = args.popFirst() ?? o.root
    case "--output": o.output = args.popFirst()
    case "--check": o.check = true
    case "-h", "--help":
      print("usage: confetti-generate [--root DIR] [--output DIR] [--check]")
      exit(0)
    default:
      FileHandle.standardError.write("confetti-generate: unknown argument '\(a)'\n".data(using: .utf8)!)
      exit(64)
    }
  }
  return o
}

func read(_ path: String) throws -> String {
  try String(contentsOfFile: path, encoding: .utf8)
}

func yamlFiles(in dir: String, relativeTo root: String) throws -> [(name: String, text: String)] {
  let fm = FileManager.default
  var out: [(String, String)] = []
  guard let e = fm.enumerator(atPath: dir) else { return [] }
  var paths: [String] = []
  while let p = e.nextObject() as? String {
    if p.hasSuffix(".yml") || p.hasSuffix(".yaml") { paths.append(p) }
  }
  for p in paths.sorted() {
    let full = dir + "/" + p
    out.append((String(full.dropFirst(root.count + 1)), try read(full)))
  }
  return out
}

let options = parseOptions()
let root = options.root
let outputDir = options.output ?? root + "/Sources/ConfettiCore/Generated"

do {
  let sources = try CatalogueLoader.sources(
    fromYAML: try read(root + "/Catalogue/sources.yaml"), file: "Catalogue/sources.yaml")
  let ideas = try CatalogueLoader.ideas(
    fromYAML: try read(root + "/Catalogue/ideas.yaml"), file: "Catalogue/ideas.yaml", sources: sources,
    requireNeeds: true)
  let facts = try CatalogueLoader.facts(
    fromYAML: try read(root + "/Catalogue/facts.yaml"), file: "Catalogue/facts.yaml", sources: sources)
  let rates = try CatalogueLoader.rates(
    fromYAML: try read(root + "/Catalogue/rates.yaml"), file: "Catalogue/rates.yaml")
  let merged = try CatalogueLoader.mergedIDs(
    fromYAML: try read(root + "/Catalogue/merged-ids.yaml"), file: "Catalogue/merged-ids.yaml", ideas: ideas)
  let data = try TrainingData.load(try yamlFiles(in: root + "/Intents", relativeTo: root))
  try data.validateAnnotations()
  let catalogue = Catalogue(ideas: ideas, facts: facts, sources: sources, mergedIDs: merged)
  let built = ModelBuilder.build(data: data, catalogue: catalogue)

  let files: [(String, String)] = [
    (
      "GeneratedCatalogue.swift",
      SwiftEmitter.catalogue(sources: sources, ideas: ideas, facts: facts) + SwiftEmitter.rates(rates)
        + SwiftEmitter.mergedIDs(merged)
    ),
    (
      "GeneratedLexicon.swift",
      SwiftEmitter.lexicon(
        data: data, built: built,
        phrases: Lexicon.phrases(
          catalogue: catalogue, synonyms: data.synonyms.map { ($0.slot, $0.value, $0.phrase) }))
    ),
    ("GeneratedModel.swift", SwiftEmitter.model(built: built)),
    (
      "GeneratedIndex.swift",
      SwiftEmitter.index(RelevanceIndex(ideas: ideas, kindWords: IndexWriter.kindWords(data)))
    ),
  ]
  var stale: [String] = []
  for (name, text) in files {
    let path = outputDir + "/" + name
    if options.check {
      if (try? read(path)) != text { stale.append(name) }
    } else {
      try FileManager.default.createDirectory(atPath: outputDir, withIntermediateDirectories: true)
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
  }
  if !stale.isEmpty {
    FileHandle.standardError.write(
      "confetti-generate: stale: \(stale.joined(separator: ", ")); run 'make generate'\n".data(using: .utf8)!)
    exit(1)
  }
  print(
    "confetti-generate: \(sources.count) sources, \(ideas.count) ideas, \(facts.count) facts, \(data.examples.count) examples, "
      + "\(built.templates.count) templates")
} catch let e as DataFileError {
  FileHandle.standardError.write("\(e)\n".data(using: .utf8)!)
  exit(65)
} catch {
  FileHandle.standardError.write("confetti-generate: \(error)\n".data(using: .utf8)!)
  exit(1)
}
