import ConfettiCore

/// Trains a ``LinearModel`` from featurised examples by stochastic gradient
/// descent on the cross-entropy, with L2 weight decay. Deterministic: the
/// shuffle uses a fixed-seed generator, so the same data gives the same model.
///
/// ```swift
/// let model = IntentTrainer(epochs: 30).train(samples)
/// ```
public struct IntentTrainer: Sendable {
  public var epochs: Int
  public var learningRate: Float
  public var l2: Float

  /// No class counts for more than this many times the largest other class: the thousands of
  /// unrelated requests (CLINC150) teach what out of scope looks like without drowning the
  /// few hundred examples of each task.
  public var classWeightCap: Float

  public init(epochs: Int = 40, learningRate: Float = 0.8, l2: Float = 1e-5, classWeightCap: Float = 4) {
    self.epochs = epochs
    self.learningRate = learningRate
    self.l2 = l2
    self.classWeightCap = classWeightCap
  }

  /// Each class's weight: 1, or less for a class with more than ``classWeightCap`` times the
  /// examples of the largest other class, so that its total weight is that cap.
  func classWeights(_ samples: [Sample], classes: [Intent]) -> [Intent: Float] {
    var counts: [Intent: Int] = [:]
    for s in samples { counts[s.intent, default: 0] += 1 }
    var weights: [Intent: Float] = [:]
    for c in classes {
      let count = counts[c] ?? 0
      let largestOther = counts.filter { $0.key != c }.values.max() ?? 0
      let cap = classWeightCap * Float(largestOther)
      weights[c] = count > 0 && Float(count) > cap && cap > 0 ? cap / Float(count) : 1
    }
    return weights
  }

  /// One training row: feature buckets and the intent.
  public struct Sample: Sendable {
    public var features: [Int]
    public var intent: Intent

    public init(features: [Int], intent: Intent) {
      self.features = features
      self.intent = intent
    }
  }

  public func train(_ samples: [Sample], classes: [Intent] = Intent.classified) -> LinearModel {
    let k = classes.count
    var classIndex: [Intent: Int] = [:]
    for (i, c) in classes.enumerated() { classIndex[c] = i }
    var w = [Float](repeating: 0, count: Featurizer.bucketCount * k)
    var b = [Float](repeating: 0, count: k)
    var order = Array(samples.indices)
    var rng = SplitMix64(seed: 0x5EED_C0FF_EE)
    var p = [Float](repeating: 0, count: k)
    let weights = classWeights(samples, classes: classes)
    for epoch in 0..<epochs {
      for i in stride(from: order.count - 1, to: 0, by: -1) {
        let j = Int(rng.next() % UInt64(i + 1))
        order.swapAt(i, j)
      }
      let lr = learningRate / (1 + Float(epoch) * 0.15)
      for index in order {
        let s = samples[index]
        let x = s.features.isEmpty ? 0 : 1 / Float(s.features.count).squareRoot()
        for c in 0..<k { p[c] = b[c] }
        for f in s.features {
          for c in 0..<k { p[c] += w[f * k + c] * x }
        }
        p = LinearModel.softmax(p)
        let target = classIndex[s.intent]!
        let weight = weights[s.intent] ?? 1
        for c in 0..<k {
          let g = (p[c] - (c == target ? 1 : 0)) * weight
          b[c] -= lr * g * 0.1
          for f in s.features {
            let at = f * k + c
            w[at] -= lr * (g * x + l2 * w[at])
          }
        }
      }
    }
    return LinearModel(classes: classes, weights: w, bias: b)
  }
}

/// A small deterministic random number generator (SplitMix64).
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
