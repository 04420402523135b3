/// The intent model and templates generated from `Intents/` at build time
/// (see `confetti-generate`). The model is decoded on first use only.
public enum BuiltinModel {
  public static let lazyModel = Lazy {
    LinearModel(
      classes: GeneratedModel.classes.map { Intent(rawValue: $0)! }, hexWeights: GeneratedModel.weightsHex,
      scale: GeneratedModel.scale, bias: GeneratedModel.bias)
  }

  public static var model: LinearModel { lazyModel.value }

  public static let templates: TemplateTable = {
    // Each class name is read once, not once per template.
    let classes = GeneratedModel.classes.map { Intent(rawValue: $0)! }
    return TemplateTable(
      sortedKeys: GeneratedModel.templateKeys,
      intents: GeneratedModel.templateIntents.map { classes[Int($0)] })
  }()
}
