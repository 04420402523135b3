#!/usr/bin/env python3
"""Deterministic corpus of varied Confetti questions, one per line.

    python3 Benchmarks/gen_corpus.py 100000 > corpus.txt
    python3 Benchmarks/gen_corpus.py 100000 --seed 7 > other.txt
    python3 Benchmarks/gen_corpus.py 100000 --no-huge > tame.txt   # no 7+-digit counts/amounts

The mix follows real pipe-mode use: searches, refinements, plans, details,
dates, "more"/"cheaper" follow-ups, small talk and out-of-scope lines, with
varied numbers (digits, words, "2k", "$1,500", huge values) and ~15% of lines
carrying a typo. No "export" lines: they would write files. Same arguments,
same bytes (Python's `random` with a fixed seed is stable across versions).
"""

import random
import sys

IDEAS = [
    "cookout", "fall festival", "trick-or-trunk", "raffle", "thank-you notes", "online forum",
    "foosball tournament", "mini-competitions", "catered lunch", "customer testimonial",
    "voice of the customer open house", "customer cards", "customer journey map", "volunteer day",
    "shark tank pitches", "cx task force", "house band", "leaders serve", "co-creation forum",
    "customer appreciation drive", "community partnership", "storytelling campaign",
    "testimonial videos", "customer appreciation day", "social media shoutouts",
    "daily videos", "decorations and treats", "karaoke night", "escape room",  # last two: unknown
]
AUDIENCES = ["employees", "staff", "customers", "clients", "everyone", "staff and customers",
             "our agents", "key customers", "both"]
FORMATS = ["remote", "virtual", "hybrid", "in person", "in-person", "onsite", "over zoom", "online"]
THEMES = ["educate", "activate", "co-create", "celebrate"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "last"]
NUMBER_WORDS = ["two", "five", "eight", "ten", "twelve", "fifteen", "twenty", "thirty", "forty",
                "fifty", "a dozen", "two dozen", "a hundred", "twenty five", "sixty-five"]
SMALL_TALK = ["hi", "hello", "hey there", "good morning", "thanks", "thank you", "thx", "ty",
              "help", "what can you do", "how does this work", "examples?", "bye", "see you",
              "start over", "reset", "clear everything", "cool", "ok", "great, thanks!"]
OUT_OF_SCOPE = ["what's the weather like today", "will it rain tomorrow", "tell me a joke",
                "what is the capital of france", "how do i reset my password",
                "who won the game last night", "book a flight to denver", "what's 2+2",
                "write me a poem about cats", "how tall is mount everest", "asdf qwer zxcv",
                "lorem ipsum dolor sit amet", "translate hello into spanish",
                "order pizza for the office", "is the server down", "what time is it in tokyo",
                "recommend a good book", "how do i cook pasta", "set an alarm for 7am",
                "play some music"]


def team(r):
    k = r.random()
    if k < 0.55:
        return str(r.randint(1, 60))
    if k < 0.75:
        return str(r.randint(61, 1500))
    if k < 0.95:
        return r.choice(NUMBER_WORDS)
    return str(r.randint(10**6, 10**12) if HUGE else r.randint(1, 60))  # huge


def money(r):
    k = r.random()
    amount = r.choice([0, 50, 100, 150, 200, 250, 300, 400, 500, 750, 1000, 1500, 2000, 2500,
                       5000, 10000, r.randint(1, 50000)])
    if k < 0.45:
        return "$%d" % amount
    if k < 0.6:
        return "${:,}".format(amount)
    if k < 0.7:
        return "%d dollars" % amount
    if k < 0.8:
        return "%dk" % max(1, amount // 1000)
    if k < 0.87:
        return "$%d.%02d" % (amount, r.randint(0, 99))
    if k < 0.93:
        return r.choice(["free", "no budget", "zero budget", "nothing", "a few hundred bucks"])
    return "$%d" % (r.randint(10**7, 10**15) if HUGE else r.randint(1, 5000))  # huge


HUGE = True


def year(r):
    return str(r.choice([r.randint(1980, 2040), 2026, 2027, r.randint(0, 99999)]))


def suggest(r):
    n, b = team(r), money(r)
    return r.choice([
        "ideas for %s people under %s" % (n, b),
        "%s ppl %s" % (n, b),
        "what can we do for %s on a %s budget" % (r.choice(AUDIENCES), b),
        "%s team ideas for customer service week" % r.choice(FORMATS),
        "ideas for a fully %s support team of %s" % (r.choice(FORMATS), n),
        "any ideas for customer service week?",
        "how should we celebrate our support team",
        "need ideas for a team of %s" % n,
        "ideas for %s agents with %s" % (n, b),
        "suggest something fun for %s reps" % n,
        "%s ideas for %s people" % (r.choice(THEMES), n),
        "something %s for %s folks under %s" % (r.choice(FORMATS), n, b),
        "what works for a %s team of %s with %s" % (r.choice(FORMATS), n, b),
        "give me some ideas for csw",
        "activities for %s" % r.choice(AUDIENCES),
        "we have %s per person for %s people" % (money(r), n),
    ])


def refine(r):
    return r.choice([
        "what about %s people?" % team(r),
        "and %s" % r.choice(FORMATS),
        "make it %s" % money(r),
        "actually %s only" % r.choice(AUDIENCES),
        "let's say %s people" % team(r),
        "what if we had %s" % money(r),
        "only %s ideas" % r.choice(THEMES),
        "between %s and %s" % (money(r), money(r)),
    ])


def plan(r):
    return r.choice([
        "plan the week for %s reps with %s" % (team(r), money(r)),
        "build me a csw agenda for %s" % year(r),
        "plan customer service week",
        "can you plan the whole week for us",
        "make a five day plan for %s people" % team(r),
        "plan csw %s for %s agents, budget %s" % (year(r), team(r), money(r)),
    ])


def details(r):
    return r.choice([
        "tell me more about the %s" % r.choice(IDEAS),
        "how do we run a %s" % r.choice(IDEAS),
        "what does the %s one involve" % r.choice(ORDINALS),
        "#%d" % r.randint(0, 12),
        "details on number %d" % r.randint(1, 9),
        "%s for %s people?" % (r.choice(IDEAS), team(r)),
        "more about %s" % r.choice(IDEAS),
    ])


def dates(r):
    return r.choice([
        "when is CSW %s?" % year(r),
        "what are the dates for customer service week this year",
        "when was it in %s" % year(r),
        "what week is customer service week",
        "when did customer service week start",
        "dates for %s" % year(r),
        "when is customer service week next year",
    ])


def followup(r):
    return r.choice(["more", "show me more", "next", "other options?", "any others", "cheaper",
                     "something cheaper", "too pricey", "anything less expensive?",
                     "cheaper than %s" % money(r)])


def out_of_scope(r):
    if r.random() < 0.2:
        return " ".join("".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(r.randint(2, 9)))
                        for _ in range(r.randint(1, 6)))
    return r.choice(OUT_OF_SCOPE)


KINDS = [(suggest, 25), (refine, 12), (plan, 8), (details, 10), (dates, 8), (followup, 10),
         (lambda r: r.choice(SMALL_TALK), 12), (out_of_scope, 15)]


def typo(r, s):
    if len(s) < 4:
        return s
    i = r.randrange(len(s) - 1)
    op = r.randrange(4)
    if op == 0:  # swap
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op == 1:  # drop
        return s[:i] + s[i + 1:]
    if op == 2:  # double
        return s[:i] + s[i] + s[i:]
    return s[:i] + r.choice("qwertyuiopasdfghjklzxcvbnm") + s[i + 1:]  # replace


def main():
    global HUGE
    args = sys.argv[1:]
    seed = 2026
    if "--no-huge" in args:
        HUGE = False
        args.remove("--no-huge")
    if "--seed" in args:
        k = args.index("--seed")
        seed = int(args[k + 1])
        del args[k:k + 2]
    count = int(args[0]) if args else 100000
    r = random.Random(seed)
    funcs = [f for f, w in KINDS for _ in range(w)]
    out = sys.stdout
    lines = []
    for _ in range(count):
        s = r.choice(funcs)(r)
        k = r.random()
        if k < 0.15:
            s = typo(r, s)
        elif k < 0.2:
            s = s.upper() if k < 0.17 else s.capitalize()
        lines.append(s)
        if len(lines) >= 10000:
            out.write("\n".join(lines) + "\n")
            lines = []
    if lines:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
