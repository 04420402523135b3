#!/usr/bin/env python3
"""Print the catalogue's balance: ideas per theme, format, audience, cost band and team size.

Usage: python3 scripts/catalogue-balance.py [confetti binary]   (default .build/debug/confetti)

Reads the ideas through the binary (`confetti ideas --json` for each team size and format), so
it counts what people can actually reach. Cost bands follow CostBand in ConfettiCore: each
tier's cost per person for a team of 20 (free; low < $10; moderate < $40; high < $100; lavish).
"""
import collections, json, subprocess, sys

binary = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/confetti"
ideas = {}
for size in ["3", "20", "100", "1000"]:
    for fmt in ["in_person", "remote", "hybrid"]:
        out = subprocess.run([binary, "ideas", "--limit", "1000", "--team-size", size, "--format", fmt, "--json"],
                             capture_output=True, text=True, check=True).stdout
        for idea in json.loads(out.splitlines()[0])["ideas"]:
            ideas[idea["id"]] = idea

def band(cost):
    each = cost / 20
    return "free" if each <= 0 else "low" if each < 10 else "moderate" if each < 40 else "high" if each < 100 else "lavish"

details = {}
for line in subprocess.run([binary, "--json"], input="".join(f"tell me more about {i['name']} for 20 people\n" for i in ideas.values()),
                           capture_output=True, text=True, check=True).stdout.splitlines():
    d = json.loads(line).get("idea")
    if d:
        details[d["id"]] = d

print(f"{len(ideas)} distinct ideas")
count = collections.Counter
print("theme:   ", dict(count(i["theme"] for i in ideas.values())))
print("format:  ", dict(count(f for i in ideas.values() for f in i["formats"])))
print("audience:", dict(count(i["audience"] for i in ideas.values())))
print("band:    ", dict(count(b for d in details.values() for b in {band(t["estimated_cost"]["amount"]) for t in d["tiers"]})))
print("sources: ", len({s["id"] for i in ideas.values() for s in i["sources"]}), "documents cited by ideas")
