#!/usr/bin/env python3
"""Helpers for Benchmarks/run.sh: medians, ratios and the in-process summary.

    report.py hyperfine RESULT.json...         -> "median_wall_s median_cpu_s stddev_s runs" over all files
    report.py median N N N ...                 -> median of the numbers
    report.py ratio A B                        -> A / B with 2 decimals
    report.py ordo BENCH_OUTPUT.txt BASELINE   -> table of p50/p99/mallocs with ratios to BASELINE
"""

import json
import re
import statistics
import sys


def hyperfine(paths):
    """Median wall time over all runs of the first command of each file (rounds of one
    benchmark), and the mean user+system CPU time."""
    times, cpu = [], []
    for path in paths:
        with open(path) as f:
            r = json.load(f)["results"][0]
        times += r["times"]
        cpu.append(r["user"] + r["system"])  # hyperfine gives the mean per file
    print("%.6f %.6f %.6f %d" % (statistics.median(times), statistics.median(cpu), statistics.pstdev(times), len(times)))


def ordo(path, baseline):
    """Parses ordo-one/benchmark's text tables (one per benchmark, metrics by row, p0..p100 by column)."""
    text = open(path, encoding="utf-8").read()
    results = {}
    name = None
    header = None
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("╒") and i > 0:
            name = lines[i - 1].strip()
            results[name] = {}
            header = None
        elif line.startswith("│") and name is not None:
            cells = [c.strip() for c in line.strip("│").split("│")]
            if cells[0] == "Metric":
                header = cells[1:]
                continue
            if header:
                results[name][cells[0]] = dict(zip(header, cells[1:]))

    def metric(rows, prefix):
        for k, v in rows.items():
            if k.startswith(prefix):
                unit = re.search(r"\((ns|μs|us|ms|s)\)", k)
                return v, (unit.group(1) if unit else "")
        return None, ""

    def num(s):
        try:
            return float(s.replace(",", ""))
        except (AttributeError, ValueError):
            return None

    if not results:
        print("no benchmark tables found in %s" % path)
        return 1
    base_rows = results.get(baseline, {})
    base_wall, _ = metric(base_rows, "Time (wall clock)")
    base_p50 = num(base_wall["p50"]) if base_wall else None
    print("%-30s %12s %12s %14s %14s %16s" % ("benchmark", "p50", "p99", "mallocs p50", "mallocs p99",
                                              "p50 / baseline"))
    for bench, rows in results.items():
        wall, unit = metric(rows, "Time (wall clock)")
        mallocs, _ = metric(rows, "Malloc (total)")
        if not wall:
            continue
        p50, p99 = num(wall["p50"]), num(wall["p99"])
        ratio = "%.1fx" % (p50 / base_p50) if base_p50 and p50 is not None else "-"
        print("%-30s %9s %-2s %9s %-2s %14s %14s %16s" % (
            bench, wall["p50"], unit, wall["p99"], unit,
            mallocs["p50"] if mallocs else "-", mallocs["p99"] if mallocs else "-",
            "(baseline)" if bench == baseline else ratio))
    return 0


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "hyperfine":
        hyperfine(args)
    elif cmd == "median":
        print(statistics.median(float(a) for a in args))
    elif cmd == "ratio":
        a, b = float(args[0]), float(args[1])
        print("%.2f" % (a / b) if b else "inf")
    elif cmd == "ordo":
        sys.exit(ordo(args[0], args[1]))
    else:
        sys.exit("unknown command " + cmd)


if __name__ == "__main__":
    main()
