/// A multinomial logistic-regression intent classifier over hashed features.
///
/// ```swift
/// let p = model.probabilities(features: Featurizer.features(units: units))
/// // one probability per class, summing to 1
/// ```
public struct LinearModel: Sendable {
  public let classes: [Intent]
  /// `weights[bucket * classes.count + class]`.
  public let weights: [Float]
  public let bias: [Float]

  public init(classes: [Intent], weights: [Float], bias: [Float]) {
    precondition(weights.count == Featurizer.bucketCount * classes.count && bias.count == classes.count)
    self.classes = classes
    self.weights = weights
    self.bias = bias
  }

  /// Decodes weights stored as hex Int8 with one scale (the generated model's form).
  public init(classes: [Intent], hexWeights: String, scale: Float, bias: [Float]) {
    // Decoded from the text's bytes straight into the weights: this runs at the first line the
    // classifier reads, so it is part of a piped question's start-up.
    let count = Featurizer.bucketCount * classes.count
    var text = hexWeights
    let w = text.withUTF8 { hex in
      [Float](unsafeUninitializedCapacity: count) { out, initialized in
        var i = 0
        var high: UInt8 = 0
        var odd = false
        for b in hex {
          let v: UInt8
          switch b {
          case 48...57: v = b &- 48
          case 97...102: v = b &- 87
          default: continue
          }
          if odd {
            if i < count { out[i] = Float(Int8(bitPattern: high << 4 | v)) * scale }
            i += 1
          } else {
            high = v
          }
          odd.toggle()
        }
        for k in min(i, count)..<count { out[k] = 0 }
        initialized = count
      }
    }
    self.init(classes: classes, weights: w, bias: bias)
  }

  public func probabilities(features: [Int]) -> [Float] {
    let k = classes.count
    var scores = bias
    guard !features.isEmpty else { return LinearModel.softmax(scores) }
    let x = 1 / Float(features.count).squareRoot()
    weights.withUnsafeBufferPointer { w in
      for f in features {
        let base = f * k
        for c in 0..<k { scores[c] += w[base + c] * x }
      }
    }
    return LinearModel.softmax(scores)
  }

  package static func softmax(_ s: [Float]) -> [Float] {
    let m = s.max() ?? 0
    var e = s.map { expf($0 - m) }
    let total = e.reduce(0, +)
    for i in e.indices { e[i] /= total }
    return e
  }
}

@inline(__always) func expf(_ x: Float) -> Float {
  // A dependency-free exp: exp(x) = 2^(x·log2 e), split into integer and fraction parts.
  let t = x * 1.442_695_04
  if t < -126 { return 0 }
  let i = t.rounded(.down)
  let f = t - i
  // 2^f on [0, 1) by a 6th-order polynomial (max relative error ~2e-7).
  var p: Float = 1.535_336_1e-4
  p = p * f + 1.339_887_4e-3
  p = p * f + 9.618_437_4e-3
  p = p * f + 5.550_332_7e-2
  p = p * f + 2.402_264_9e-1
  p = p * f + 6.931_472_1e-1
  p = p * f + 1
  return Float(sign: .plus, exponent: Int(i), significand: p)
}
