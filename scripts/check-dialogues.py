#!/usr/bin/env python3
"""Check dialogue test files (Tests/Dialogues/*.jsonl) and count what they hold.

Usage:
  scripts/check-dialogues.py FILE [FILE ...] [--novelty] [--reference TEXT_FILE ...]

For each file: every line is one JSON dialogue {"id", "covers", "turns"}; every turn has
"user", "intent" and "state" (the whole expected dialogue state after the turn); keys,
types and values are the allowed ones; idea ids exist in Catalogue/ideas.yaml; turns whose
intent cannot change the state keep the previous one; reset empties it. Prints the number of
dialogues and turns, the intents and the covers tags. With several files, also fails when a
user line appears in more than one of them. With --novelty, also fails when a user line
(lower-cased, punctuation collapsed) is a whole line of a file under Intents/, Tests/ (other
than the files checked) or README.md, or is contained in one of them when it has four words or
more (Tests/Dialogues/ itself is not searched). Each --reference file (for example an issue's
text) is searched the same way. Exit status 1 when anything is wrong. Standard library only.
"""

import json
import os
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

INTENTS = {
    "suggest_ideas", "refine", "plan_week", "more", "cheaper", "idea_details", "idea_sources",
    "event_date", "export_plan", "help", "greet", "thanks", "goodbye", "reset", "out_of_scope",
}
# Intents whose turns leave the state as it was.
KEEPS_STATE = {
    "more", "cheaper", "idea_details", "idea_sources", "event_date", "export_plan", "help",
    "greet", "thanks", "goodbye", "out_of_scope",
}
KINDS = {
    "food", "drinks", "music", "games", "sports", "contest", "halloween", "autumn", "outdoor",
    "family", "volunteering", "recognition", "awards", "customer_insight", "customer_facing",
    "social_media", "video", "photos", "writing", "decorations", "improvement", "leadership",
    "wellness", "remote_friendly", "low_prep", "small_business", "night_shift", "accessibility",
    "career", "large_team", "outside_us",
}
AUDIENCES = {"employees", "customers", "both"}
FORMATS = {"in_person", "remote", "hybrid"}
THEMES = {"educate", "activate", "cocreate", "celebrate"}
DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday"}
CURRENCIES = {"USD", "GBP", "EUR"}
MONEY_KEYS = ("budget", "budget_min", "budget_per_person")
STATE_KEYS = {
    "team_size", "budget", "budget_min", "budget_per_person", "audience", "format", "theme",
    "idea", "kinds", "without_kinds", "without_ideas", "day", "year",
}


def catalogue_ids():
    path = os.path.join(ROOT, "Catalogue", "ideas.yaml")
    with open(path, encoding="utf-8") as f:
        return {m.group(1) for m in re.finditer(r"^  - id: *([^\s#]+)", f.read(), re.M)}


def money_problem(value):
    if not isinstance(value, dict) or set(value) != {"amount", "currency"}:
        return "must be {amount, currency}"
    amount = value["amount"]
    if isinstance(amount, bool) or not isinstance(amount, (int, float)) or amount < 0:
        return "amount must be a number >= 0"
    if value["currency"] not in CURRENCIES:
        return f"currency {value['currency']!r} is not one of {sorted(CURRENCIES)}"
    return None


def list_problem(value, allowed, what):
    if not isinstance(value, list) or not value:
        return "must be a non-empty list (leave the key out when empty)"
    if any(not isinstance(v, str) for v in value):
        return "must hold strings"
    if len(set(value)) != len(value):
        return "holds a value twice"
    unknown = [v for v in value if v not in allowed]
    if unknown:
        return f"unknown {what}: {', '.join(unknown)}"
    return None


def state_problems(state, ids):
    if not isinstance(state, dict):
        return ["state must be an object"]
    problems = []
    for key in sorted(set(state) - STATE_KEYS):
        problems.append(f"unknown state key {key!r}")
    checks = {
        "team_size": lambda v: None if isinstance(v, int) and not isinstance(v, bool) and v > 0
        else "must be a whole number > 0",
        "audience": lambda v: None if v in AUDIENCES else f"{v!r} is not one of {sorted(AUDIENCES)}",
        "format": lambda v: None if v in FORMATS else f"{v!r} is not one of {sorted(FORMATS)}",
        "theme": lambda v: None if v in THEMES else f"{v!r} is not one of {sorted(THEMES)}",
        "day": lambda v: None if v in DAYS else f"{v!r} is not a weekday",
        "idea": lambda v: None if v in ids else f"{v!r} is not an idea id in Catalogue/ideas.yaml",
        "year": lambda v: None if isinstance(v, int) and not isinstance(v, bool) and 1900 <= v <= 2200
        else "must be a whole year",
        "kinds": lambda v: list_problem(v, KINDS, "kinds"),
        "without_kinds": lambda v: list_problem(v, KINDS, "kinds"),
        "without_ideas": lambda v: list_problem(v, ids, "idea ids"),
    }
    for key in MONEY_KEYS:
        checks[key] = money_problem
    for key, check in checks.items():
        if key in state:
            problem = check(state[key])
            if problem:
                problems.append(f"{key} {problem}")
    if problems:
        return problems
    if set(state.get("kinds", [])) & set(state.get("without_kinds", [])):
        problems.append("a kind is both wanted and left out")
    if "idea" in state and state["idea"] in state.get("without_ideas", []):
        problems.append("the idea asked for is also left out")
    if "day" in state and "idea" not in state:
        problems.append("day without an idea")
    if "budget_min" in state:
        if "budget" not in state:
            problems.append("budget_min without budget")
        elif state["budget_min"]["currency"] != state["budget"]["currency"]:
            problems.append("budget_min and budget in different currencies")
        elif state["budget_min"]["amount"] > state["budget"]["amount"]:
            problems.append("budget_min above budget")
    return problems


def normalise(text):
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # Rasa-style [span](slot)
    return " ".join(re.findall(r"[a-z0-9#£$€']+", text.lower().replace("’", "'")))


def reference_text(skip, extra):
    """Normalised lines of Intents/, Tests/ (but Tests/Dialogues/), README.md and `extra`."""
    paths = [os.path.join(ROOT, "README.md")] + list(extra)
    dialogues = os.path.join(ROOT, "Tests", "Dialogues")
    for top in ("Intents", "Tests"):
        for folder, _, names in os.walk(os.path.join(ROOT, top)):
            if folder == dialogues or folder.startswith(dialogues + os.sep):
                continue
            paths += [os.path.join(folder, n) for n in names]
    lines = set()
    blobs = []
    for path in paths:
        if os.path.abspath(path) in skip:
            continue
        try:
            with open(path, encoding="utf-8") as f:
                raw = f.read()
        except (UnicodeDecodeError, OSError):
            continue
        for line in raw.splitlines():
            line = re.sub(r"^\s*-\s+", "", line)
            lines.add(normalise(line))
        blobs.append(normalise(raw))
    return lines, " \n ".join(blobs)


def check_file(path, ids):
    errors = []
    dialogues = turns = 0
    intents, covers = Counter(), Counter()
    users = []
    seen_ids = set()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = f"{path}:{n}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: not JSON ({e})")
                continue
            if not isinstance(d, dict) or set(d) != {"id", "covers", "turns"}:
                errors.append(f"{where}: a dialogue has exactly id, covers and turns")
                continue
            if not isinstance(d["id"], str) or d["id"] in seen_ids:
                errors.append(f"{where}: id missing or repeated")
            seen_ids.add(d["id"])
            where = f"{path}:{n} ({d['id']})"
            if not isinstance(d["covers"], list) or not d["covers"] or \
                    any(not isinstance(c, str) or not re.fullmatch(r"[a-z0-9-]+", c) for c in d["covers"]):
                errors.append(f"{where}: covers must be a non-empty list of lower-case tags")
            else:
                covers.update(d["covers"])
            if not isinstance(d["turns"], list) or not d["turns"]:
                errors.append(f"{where}: turns must be a non-empty list")
                continue
            dialogues += 1
            previous = {}
            for t, turn in enumerate(d["turns"], 1):
                at = f"{where} turn {t}"
                turns += 1
                if not isinstance(turn, dict) or set(turn) != {"user", "intent", "state"}:
                    errors.append(f"{at}: a turn has exactly user, intent and state")
                    continue
                if not isinstance(turn["user"], str) or not turn["user"].strip():
                    errors.append(f"{at}: empty user line")
                else:
                    users.append((turn["user"], at))
                if turn["intent"] not in INTENTS:
                    errors.append(f"{at}: unknown intent {turn['intent']!r}")
                intents[turn["intent"]] += 1
                problems = state_problems(turn["state"], ids)
                errors += [f"{at}: {p}" for p in problems]
                if turn["intent"] in KEEPS_STATE and turn["state"] != previous:
                    errors.append(f"{at}: {turn['intent']} must leave the state as it was")
                if turn["intent"] == "reset" and turn["state"] != {}:
                    errors.append(f"{at}: reset must empty the state")
                if t == 1 and turn["intent"] == "refine":
                    errors.append(f"{at}: a first search line is suggest_ideas or plan_week, not refine")
                previous = turn["state"] if isinstance(turn["state"], dict) else {}
    return errors, dialogues, turns, intents, covers, users


def main(argv):
    novelty = "--novelty" in argv
    extra, files = [], []
    args = iter(argv)
    for a in args:
        if a == "--reference":
            extra.append(next(args, ""))
            novelty = True
        elif a != "--novelty":
            files.append(a)
    if not files:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    ids = catalogue_ids()
    all_errors = []
    owners = {}
    per_file_users = {}
    for path in files:
        errors, dialogues, turns, intents, covers, users = check_file(path, ids)
        all_errors += errors
        per_file_users[path] = users
        print(f"{path}: {dialogues} dialogues, {turns} turns")
        print("  intents: " + ", ".join(f"{k} {v}" for k, v in intents.most_common()))
        print(f"  covers ({len(covers)} tags): " + ", ".join(f"{k} {v}" for k, v in sorted(covers.items())))
        for text, at in users:
            key = normalise(text)
            owner = owners.setdefault(key, path)
            if owner != path:
                all_errors.append(f"{at}: line also in {owner}: {text!r}")
    if novelty:
        skip = {os.path.abspath(p) for p in files}
        lines, blob = reference_text(skip, extra)
        for path, users in per_file_users.items():
            for text, at in users:
                key = normalise(text)
                if key in lines or (len(key.split()) >= 4 and key in blob):
                    all_errors.append(f"{at}: line found in the reference texts: {text!r}")
    for e in all_errors:
        print("error: " + e)
    print("ok" if not all_errors else f"{len(all_errors)} problem(s)")
    return 1 if all_errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
