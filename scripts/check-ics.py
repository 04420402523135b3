#!/usr/bin/env python3
"""Checks Confetti's calendar export with an independent iCalendar parser (icalendar).

Usage: check-ics.py FILE --monday YYYY-MM-DD [--events N]

Fails (exit 1, the reason on stderr) unless the file parses; has PRODID and VERSION 2.0; ends
every line in CRLF with no line over 75 octets; and every event is all-day (a DATE DTSTART and
DTEND one day later) on a weekday of the week starting that Monday, with a SUMMARY, a DESCRIPTION,
a unique UID and a DTSTAMP. Prints one JSON line: the events' dates, summaries and UIDs.
"""
import argparse
import datetime
import json
import sys

import icalendar


def fail(message):
    print("check-ics: " + message, file=sys.stderr)
    sys.exit(1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--monday", required=True)
    parser.add_argument("--events", type=int)
    args = parser.parse_args()
    raw = open(args.file, "rb").read()
    if not raw.endswith(b"\r\n"):
        fail("the file does not end in CRLF")
    for n, line in enumerate(raw.split(b"\r\n")[:-1], 1):
        if b"\n" in line or b"\r" in line:
            fail(f"line {n} has a bare LF or CR")
        if len(line) > 75:
            fail(f"line {n} is {len(line)} octets long")
        line.decode("utf-8")  # each folded piece is whole UTF-8
    calendar = icalendar.Calendar.from_ical(raw)
    if str(calendar.get("VERSION")) != "2.0" or not calendar.get("PRODID"):
        fail("no VERSION 2.0 or no PRODID")
    monday = datetime.date.fromisoformat(args.monday)
    week = {monday + datetime.timedelta(days=i) for i in range(5)}
    events = list(calendar.walk("VEVENT"))
    if not events:
        fail("no events")
    if args.events is not None and len(events) != args.events:
        fail(f"{len(events)} events, expected {args.events}")
    uids = set()
    out = []
    for e in events:
        start = e.decoded("DTSTART")
        end = e.decoded("DTEND")
        if isinstance(start, datetime.datetime) or not isinstance(start, datetime.date):
            fail(f"DTSTART {start!r} is not an all-day date")
        if end != start + datetime.timedelta(days=1):
            fail(f"DTEND {end!r} is not the day after {start}")
        if start not in week:
            fail(f"{start} is not in the week of {monday}")
        for key in ("SUMMARY", "DESCRIPTION", "UID", "DTSTAMP"):
            if not e.get(key):
                fail(f"an event has no {key}")
        uid = str(e.get("UID"))
        if uid in uids:
            fail(f"UID {uid} twice")
        uids.add(uid)
        out.append({"date": start.isoformat(), "summary": str(e.get("SUMMARY")), "uid": uid,
                    "description": str(e.get("DESCRIPTION"))})
    print(json.dumps({"events": out}))


if __name__ == "__main__":
    main()
