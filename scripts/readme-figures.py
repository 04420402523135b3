#!/usr/bin/env python3
"""The README's measured figures, from the binary itself (`make readme-figures`).

Runs `confetti eval --json` on the test and development sets and writes the table between the
markers `<!-- figures:begin -->` and `<!-- figures:end -->` in README.md, so the figures there are
always the ones a command gives. `--check` writes nothing and exits 1 when the README's table
differs from what the binary gives now (the end-to-end tests run it).

    python3 scripts/readme-figures.py [--check] [--confetti PATH]
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BEGIN, END = "<!-- figures:begin -->", "<!-- figures:end -->"


def confetti_path(argv):
    if "--confetti" in argv:
        return argv[argv.index("--confetti") + 1]
    out = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    return os.path.join(out.stdout.strip(), "confetti")


def evaluate(binary, *args):
    run = subprocess.run([binary, "eval", "--json", *args], cwd=ROOT, capture_output=True, text=True,
                         env={**os.environ, "NO_COLOR": "1"})
    if run.returncode not in (0, 1):
        sys.exit(f"readme-figures: confetti eval {' '.join(args)} failed: {run.stderr.strip()}")
    return json.loads(run.stdout)


def f(x):
    return "–" if x is None else f"{x:.3f}"


def table(binary):
    rows = []
    d = evaluate(binary, "--dialogues", "--today", "2026-12-07", "Tests/Dialogues/test.jsonl")
    rows.append((f"dialogue **test** set ({d['dialogues']} dialogues, {d['turns']} turns)",
                 f"joint goal accuracy {f(d['joint_goal_accuracy'])}, dialogues whole {f(d['dialogue_accuracy'])}, "
                 f"intent {f(d['intent_accuracy'])}", "0.95, 0.85"))
    n = evaluate(binary, "--today", "2026-12-07", "Tests/HeldOut/nlu-test.jsonl")
    rows.append((f"fresh NLU **test** set ({n['rows']} rows)",
                 f"intent {f(n['intent_accuracy'])}, slot F1 {f(n['slot_micro']['f1'])}, OOS recall "
                 f"{f(n['out_of_scope_recall'])}, false refusals {f(n['false_refusal_rate'])}",
                 "0.96, 0.95, 0.95, ≤ 0.02"))
    r = evaluate(binary, "--relevance", "--today", "2026-12-07", "Tests/HeldOut/relevance-test.jsonl")
    rows.append((f"fresh relevance **test** set ({r['rows']} questions)",
                 f"named first {f(r['named_first'])}, first three {f(r['first_three'])}; plain BM25 "
                 f"{f(r['baseline']['named_first'])}, {f(r['baseline']['first_three'])}",
                 "0.95, 0.92, above BM25"))
    d = evaluate(binary, "--dialogues", "--today", "2026-12-07", "Tests/Dialogues/dev.jsonl")
    rows.append((f"dialogue dev set ({d['dialogues']} dialogues, {d['turns']} turns)",
                 f"joint goal accuracy {f(d['joint_goal_accuracy'])}, dialogues whole {f(d['dialogue_accuracy'])}",
                 ""))
    for name in ("nlu", "nlu-extra"):
        n = evaluate(binary, "--today", "2026-11-23", f"Tests/Dev/{name}.jsonl")
        rows.append((f"`Tests/Dev/{name}.jsonl` ({n['rows']} rows)",
                     f"intent {f(n['intent_accuracy'])}, slot F1 {f(n['slot_micro']['f1'])}, OOS recall "
                     f"{f(n['out_of_scope_recall'])}, false refusals {f(n['false_refusal_rate'])}", ""))
    for name in ("relevance", "relevance-extra"):
        r = evaluate(binary, "--relevance", "--today", "2026-12-07", f"Tests/Dev/{name}.jsonl")
        rows.append((f"`Tests/Dev/{name}.jsonl` ({r['rows']} questions)",
                     f"named first {f(r['named_first'])}, first three {f(r['first_three'])}; plain BM25 "
                     f"{f(r['baseline']['named_first'])}, {f(r['baseline']['first_three'])}", ""))
    c = evaluate(binary, "--today", "2026-11-23", "Tests/CLINC/val.jsonl")
    rows.append((f"CLINC150 `val` ({c['rows']} rows)",
                 f"unrelated given a task {f(c['out_of_scope_domain_rate'])}, small talk answered "
                 f"{f(c['small_talk_recall'])}", "≤ 0.002, ≥ 0.92"))
    lines = [BEGIN, "| set | figures | target |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {t} |" for a, b, t in rows]
    lines.append(END)
    return "\n".join(lines)


def main(argv):
    binary = confetti_path(argv)
    path = os.path.join(ROOT, "README.md")
    text = open(path, encoding="utf-8").read()
    if BEGIN not in text or END not in text:
        sys.exit(f"readme-figures: README.md has no {BEGIN} … {END} block")
    start, end = text.index(BEGIN), text.index(END) + len(END)
    new = text[:start] + table(binary) + text[end:]
    if "--check" in argv:
        if new != text:
            print("readme-figures: README.md's figures are not the binary's; run `make readme-figures`",
                  file=sys.stderr)
            return 1
        return 0
    with open(path, "w", encoding="utf-8") as out:
        out.write(new)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
