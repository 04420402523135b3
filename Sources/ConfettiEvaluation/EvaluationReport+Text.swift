import ConfettiCore

extension EvaluationReport {
  /// The report as plain text in aligned columns: a summary, then the tables and the rows that went wrong.
  ///
  /// ```swift
  /// print(report.text())
  /// // Summary
  /// //   rows                 209
  /// //   intent accuracy      0.952  (199 of 209)
  /// //   …
  /// ```
  public func text() -> String {
    var out: [String] = []
    out.append("Summary")
    out.append(contentsOf: summaryLines())
    out.append("")
    out.append("Intents")
    var intentRows = [["intent", "precision", "recall", "f1", "support"]]
    for intent in intentOrder {
      intentRows.append(Self.scoreCells(intent.rawValue, intents[intent]!))
    }
    if !intents.isEmpty {
      intentRows.append(Self.averageCells("macro avg", intentMacroAverage, support: rowCount))
      intentRows.append(Self.averageCells("weighted avg", intentWeightedAverage, support: rowCount))
    }
    out.append(contentsOf: Self.table(intentRows, leftColumns: 1))
    out.append("")
    out.append("Most confused (gold → predicted)")
    if topConfusions.isEmpty {
      out.append("  none")
    } else {
      var rows = [["count", "gold", "predicted"]]
      for c in topConfusions { rows.append([String(c.count), c.gold.rawValue, c.predicted.rawValue]) }
      out.append(contentsOf: Self.table(rows, rightColumns: [0]))
    }
    let rules = ruleCounts
    if !rules.isEmpty {
      out.append("")
      out.append("Policy rules (answers each chose)")
      var rows = [["count", "rule"]]
      for r in rules { rows.append([String(r.count), r.rule]) }
      out.append(contentsOf: Self.table(rows, rightColumns: [0]))
    }
    out.append("")
    out.append("Slots")
    if slots.isEmpty {
      out.append("  none")
    } else {
      var slotRows = [["slot", "precision", "recall", "f1", "support"]]
      for name in slotOrder { slotRows.append(Self.scoreCells(name.rawValue, slots[name]!)) }
      slotRows.append(Self.scoreCells("micro avg", slotMicro))
      out.append(contentsOf: Self.table(slotRows, leftColumns: 1))
    }
    out.append("")
    out.append("Misclassified rows (\(misclassified.count))")
    if misclassified.isEmpty {
      out.append("  none")
    } else {
      var rows = [["line", "gold", "predicted", "confidence", "text"]]
      for o in misclassified {
        var text = o.row.text
        if let r = o.prediction.rejected { text += "  [classifier preferred \(r.rawValue)]" }
        if let rule = o.prediction.rule { text += "  [rule \(rule)]" }
        rows.append([
          o.row.line.map(String.init) ?? "-", o.row.intent.rawValue, o.prediction.intent.rawValue,
          Self.fixed(o.prediction.confidence), text,
        ])
      }
      out.append(contentsOf: Self.table(rows, rightColumns: [0, 3]))
    }
    out.append("")
    out.append("Rows with slot errors (\(slotErrors.count))")
    if slotErrors.isEmpty {
      out.append("  none")
    }
    for row in slotErrors {
      let o = row.outcome
      let intent =
        o.row.intent == o.prediction.intent
        ? o.row.intent.rawValue : "gold \(o.row.intent.rawValue), predicted \(o.prediction.intent.rawValue)"
      out.append("  line \(o.row.line.map(String.init) ?? "-"): \(o.row.text)  [\(intent)]")
      var cells: [[String]] = []
      for e in row.errors {
        let value: String
        switch e.kind {
        case .missing: value = e.gold.map(Self.describe) ?? ""
        case .extra: value = e.predicted.map(Self.describe) ?? ""
        case .wrong:
          value =
            "gold " + (e.gold.map(Self.describe) ?? "") + ", predicted "
            + (e.predicted.map(Self.describe) ?? "")
        }
        cells.append([e.kind.rawValue, e.slot.rawValue, value])
      }
      out.append(contentsOf: Self.table(cells, indent: "    ", rightColumns: []))
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// The summary figures, one per line: rows, intent accuracy, slot micro F1, out-of-scope recall,
  /// false refusal rate, and, where there are such rows, unrelated rows given a task intent and
  /// small talk answered in kind.
  public func summaryLines() -> [String] {
    func count(_ part: Int, _ whole: Int) -> String { "(\(part) of \(whole))" }
    let micro = slotMicro
    var rows: [[String]] = [["rows", String(rowCount), ""]]
    rows.append(["intent accuracy", Self.fixed(intentAccuracy), count(correctIntents, rowCount)])
    rows.append(
      micro.isEmpty
        ? ["slot micro F1", "n/a", "(no slots)"]
        : [
          "slot micro F1", Self.fixed(micro.f1),
          "(precision \(Self.fixed(micro.precision)), recall \(Self.fixed(micro.recall)))",
        ])
    rows.append([
      "out-of-scope recall", outOfScopeRecall.map { Self.fixed($0) } ?? "n/a",
      outOfScopeRows > 0 ? count(outOfScopeCaught, outOfScopeRows) : "(no out_of_scope rows)",
    ])
    rows.append([
      "false refusal rate", falseRefusalRate.map { Self.fixed($0) } ?? "n/a",
      inScopeRows > 0 ? count(falseRefusals, inScopeRows) : "(no in-scope rows)",
    ])
    if outOfScopeRows > 0 {
      rows.append([
        "unrelated given a task", outOfScopeDomainRate.map { Self.fixed($0) } ?? "n/a",
        count(outOfScopeDomainAnswers, outOfScopeRows),
      ])
    }
    if smallTalkRows > 0 {
      rows.append([
        "small talk answered", smallTalkRecall.map { Self.fixed($0) } ?? "n/a",
        count(smallTalkAnswered, smallTalkRows),
      ])
    }
    return Self.table(rows, rightColumns: [1])
  }

  /// A slot value as text: `12`, `$300`, `£25.50`, `customers`.
  public static func describe(_ value: Entity.Value) -> String {
    switch value {
    case .int(let i): return String(i)
    case .money(let m): return m.description
    case .text(let s): return s
    case .list(let items): return items.joined(separator: ", ")
    case .flag: return "true"
    }
  }

  /// `x` with `places` decimals ("0.952"); with `trimmed`, without trailing zeros ("0.95", "1").
  public static func fixed(_ x: Double, places: Int = 3, trimmed: Bool = false) -> String {
    guard x.isFinite else { return "n/a" }
    var scale = 1
    for _ in 0..<places { scale *= 10 }
    let scaled = (x.magnitude * Double(scale)).rounded()
    guard scaled < Double(Int.max / 2) else { return String(x) }
    let n = Int(scaled)
    var fraction = places > 0 ? String(n % scale) : ""
    fraction = String(repeating: "0", count: max(0, places - fraction.count)) + fraction
    if trimmed {
      while fraction.hasSuffix("0") { fraction.removeLast() }
    }
    let sign = x < 0 && n != 0 ? "-" : ""
    return sign + String(n / scale) + (fraction.isEmpty ? "" : "." + fraction)
  }

  static func scoreCells(_ label: String, _ s: EvaluationScore) -> [String] {
    [label, fixed(s.precision), fixed(s.recall), fixed(s.f1), String(s.support)]
  }

  static func averageCells(_ label: String, _ a: EvaluationScore.Average, support: Int) -> [String] {
    [label, fixed(a.precision), fixed(a.recall), fixed(a.f1), String(support)]
  }

  /// Rows of cells padded into columns: the first `leftColumns` (or all but
  /// `rightColumns`) aligned left, the others right; trailing spaces removed.
  static func table(
    _ rows: [[String]], indent: String = "  ", leftColumns: Int? = nil, rightColumns: Set<Int> = []
  ) -> [String] {
    let columns = rows.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: columns)
    for row in rows {
      for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
    }
    return rows.map { row in
      var line = indent
      for (i, cell) in row.enumerated() {
        if i > 0 { line += "  " }
        let pad = String(repeating: " ", count: widths[i] - cell.count)
        let right = leftColumns.map { i >= $0 } ?? rightColumns.contains(i)
        line += right ? pad + cell : cell + pad
      }
      while line.last == " " { line.removeLast() }
      return line
    }
  }
}
