#!/usr/bin/env python3
"""Writes the seed corpus Fuzz/corpus/ (re-run to regenerate; files are small and committed)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = {
    # Typical single questions, one per intent.
    "suggest": b"ideas for 12 people under $300\n",
    "suggest-words": b"ideas for a dozen agents with 500 dollars\n",
    "suggest-remote": b"ideas for a fully remote support team of 30\n",
    "suggest-free": b"what can we do for free\n",
    "per-person": b"we have $25 per person for 30 people\n",
    "range": b"ideas between $200 and $800 for 15 people\n",
    "plan": b"plan the week for 40 reps with 2k\n",
    "plan-year": b"build me a csw agenda for 2027\n",
    "dates": b"when is CSW 2027?\n",
    "dates-old": b"when was it in 1987\n",
    "details-name": b"tell me more about the house band\n",
    "details-hash": b"#2\n",
    "help": b"help\n",
    "greet-thanks-bye": b"hi\nthanks\nbye\n",
    "out-of-scope": b"what's the weather like today\n",
    "typos": b"idaes for 12 peple undr $300\n",
    # Multi-line dialogues (constraints carry over).
    "dialogue-refine": b"ideas for 12 people under $300\nwhat about 40 people?\nand remote\nmore\nmore\n#2\ncheaper\n",
    "dialogue-plan-export": b"plan the week for 40 reps with $2,000\nexport the plan to plan.md\nexport the plan to plan.md, overwrite\n",
    "dialogue-reset": b"ideas for 5 people\nactually customers only\nstart over\nmore\n#9\n",
    "dialogue-details": b"ideas for 10 people\nwhat does the second one involve\ndetails on number 7\n#0\n",
    "crlf": b"ideas for 12 people\r\nmore\r\n",
    "no-final-newline": b"ideas for 12 people\nmore",
    "empty-lines": b"\n\n   \n\t\nhi\n",
    # Bad bytes.
    "invalid-utf8": b"ideas for \xff\xfe people\n",
    "truncated-utf8": b"caf\xc3\nhi\n",
    "overlong-utf8": b"\xc0\xaf\xe0\x80\xaf\n",
    "surrogate-utf8": b"\xed\xa0\x80\n",
    "nul": b"ideas\x00for 12\n",
    "ansi": b"\x1b[31mideas for 12 people\x1b[0m\n",
    "c1-controls": b"ideas \xc2\x85 for \xc2\x9b 12\n",
    "del": b"ideas\x7f for 12\n",
    "bell-backspace": b"hi\x07\x08\n",
    "u2028": "ideas\u2028for 12\u2029people\n".encode(),
    # Numbers and symbols.
    # Large numbers below the known overflow crashes (those inputs are in regressions/).
    "huge-team": b"ideas for 999999999999999 people\n",
    "huge-budget": b"ideas for 10 people under $9999999999999999\n",
    "huge-per-person-plan": b"we have $53694341 per person for 9607162 people\nbuild me a csw agenda for 76393\n",
    "negative": b"ideas for -5 people under $-300\n",
    "decimals": b"ideas for 3.5 people under $300.999\n",
    "exponent": b"ideas for 1e9 people under $1e308\n",
    "year-huge": b"when is csw 99999999999999\n",
    "year-zero": b"when is csw 0\n",
    "dollar-only": b"$\n$$\n$,\n$.\n",
    "hash-only": b"#\n##\n#-1\n#99999999999999\n",
    "ordinals": b"ideas for 4 people\nthe last one\nthe millionth one\n",
    "emoji": "ideas for 12 \U0001F389 people under $300 \U0001F44D\U0001F3FD\n".encode(),
    "combining": "ide\u0301as fo\u0308r twelve peo\u0327ple\n".encode(),
    "rtl": "\u05e8\u05e2\u05d9\u05d5\u05e0\u05d5\u05ea \u0644\u0640 12 \u200f\n".encode(),
    "fullwidth-digits": "ideas for \uff11\uff12 people under \uff04\uff13\uff10\uff10\n".encode(),
    "quotes-backslash": b"ideas for \"12\" people \\ under $300 \\u0000\n",
    "filename-weird": b"plan the week\nexport the plan to ../../etc/passwd\nexport the plan to ~/x.md\nsave it as \"a b.md\"\n",
    "long-line": b"ideas " * 200 + b"\n",
    "many-numbers": b" ".join(str(i).encode() for i in range(300)) + b"\n",
}

# Crashes found by fuzzing or benchmarking, minimised: each must stop crashing once fixed
# (`make fuzz-regressions`). Keep them out of corpus/, where they would end every plain run.
REGRESSIONS = {
    # TeamSizeGrammar.count: Int(n.value) on a number >= 2^63.
    "team-size-int-overflow": b"9223372036854775807",
    # Money.format: Int(rounded) on an amount >= 2^63.
    "money-format-int-overflow": b"$9223372036854775807",
    # WeekPlanner.plan: Int(budget * 100) on a budget >= 2^63 cents (about $92 quadrillion).
    "week-planner-budget-cents-overflow": b"plan the week with $100000000000000000",
    # The same, reached through constraints carried over from an earlier line (found by make bench).
    "week-planner-per-person-overflow":
        b"we have $53694341389879 per person for 960716263179 people\nbuild me a csw agenda for 76393\n",
}

for folder, items in (("corpus", SEEDS), ("regressions", REGRESSIONS)):
    os.makedirs(os.path.join(HERE, folder), exist_ok=True)
    for name, data in items.items():
        with open(os.path.join(HERE, folder, name), "wb") as f:
            f.write(data)
print(len(SEEDS), "seeds,", len(REGRESSIONS), "regressions")
