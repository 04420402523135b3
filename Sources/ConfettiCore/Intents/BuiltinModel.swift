/// The intent model and templates generated from `Intents/` at build time
/// (see `confetti-generate`), decoded once on first use.
public enum BuiltinModel {
  public static let model = LinearModel(
    classes: GeneratedModel.classes.map { Intent(rawValue: $0)! }, hexWeights: GeneratedModel.weightsHex,
    scale: GeneratedModel.scale, bias: GeneratedModel.bias)

  public static let templates: [String: Intent] = {
    var out: [String: Intent] = [:]
    for line in GeneratedModel.templates.split(separator: "\n") {
      guard let tab = line.firstIndex(of: "\t"), let intent = Intent(rawValue: String(line[..<tab])) else {
        continue
      }
      out[String(line[line.index(after: tab)...])] = intent
    }
    return out
  }()
}
