#!/usr/bin/env python3
"""The chat page in a real browser (Debian's chromium, driven by chromedriver over WebDriver).

Usage: browser-test.py --confetti PATH/TO/confetti --out DIR [--docs-screenshot FILE]

Starts `confetti serve --http --port 0`, loads the page, types two questions with the keyboard,
waits for idea cards (each citing its sources exactly as the record words them), presses "More"
with the keyboard, opens a card's details, plans the week, downloads the calendar and checks it
with icalendar (the week's dates) and the Markdown plan, walks the page with Tab alone (every button reached, the focus
visible), takes screenshots at 1280 and 360 px (light and dark) into DIR, and checks the page never
scrolls sideways. Exit 0 when every check passes; the first failure is printed on stderr with exit 1.
"""
import argparse
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
import time

import icalendar
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

MONDAY = datetime.date(2027, 10, 4)  # the first full Monday-Friday week of October 2027
WAIT = 20


def fail(message):
    print("browser-test: FAILED: " + message, file=sys.stderr)
    sys.exit(1)


def start_server(confetti):
    env = dict(os.environ, CONFETTI_TODAY="2026-11-23")
    server = subprocess.Popen([confetti, "serve", "--http", "--port", "0"], stderr=subprocess.PIPE,
                              stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=env, text=True)
    deadline = time.time() + 30
    while time.time() < deadline:
        line = server.stderr.readline()
        if not line:
            fail("the server exited before listening")
        if line.startswith("listening on "):
            # Keep reading standard error so the server's log never blocks (it would not anyway).
            return server, line.split("listening on ", 1)[1].strip()
    fail("the server did not print 'listening on'")


def browser(downloads):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in ("--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--no-first-run", "--disable-extensions"):
        options.add_argument(arg)
    if os.geteuid() == 0:
        options.add_argument("--no-sandbox")
    options.add_experimental_option("prefs", {"download.default_directory": downloads,
                                              "download.prompt_for_download": False})
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(options=options, service=service)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    return driver


def wait(driver, what, condition):
    try:
        return WebDriverWait(driver, WAIT).until(lambda d: condition(d))
    except Exception:
        fail("timed out waiting for " + what)


def ask(driver, text):
    box = driver.find_element(By.ID, "question")
    box.click()
    box.send_keys(text)
    box.send_keys(Keys.ENTER)  # the form submits with the keyboard


def turns(driver):
    return driver.find_elements(By.CSS_SELECTOR, "article.turn.confetti")


def source_of(card):
    """The text of a card's Source field."""
    return card.find_element(By.XPATH, ".//dt[normalize-space()='Source']/following-sibling::dd[1]").text


def ask_record(driver, text):
    """The record POST /ask answers for `text`, fetched by the page itself (same origin)."""
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch('/ask', {method: 'POST', body: arguments[0]}).then(r => r.json()).then(done, e => done(null));",
        text)


def tab_walk(driver, limit=80):
    """Clicks the page's heading (where Tab then starts) and presses Tab until the focus leaves the
    page or comes round; returns (id, aria-label or text, focus visible) for each element reached."""
    driver.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);")
    ActionChains(driver).move_to_element(driver.find_element(By.TAG_NAME, "h1")).click().perform()
    reached = []
    for _ in range(limit):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        here = driver.execute_script(
            "const e = document.activeElement;"
            "if (!e || e === document.body) return null;"
            "const s = getComputedStyle(e);"
            "return [e.id, e.getAttribute('aria-label') || e.textContent.trim(),"
            "        e.matches(':focus-visible') && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0];")
        if here is None or (reached and tuple(here[:2]) == reached[0][:2]):
            break
        reached.append(tuple(here))
    return reached


def no_sideways_scroll(driver, width, label):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
    time.sleep(0.3)
    scroll, inner = driver.execute_script(
        "return [document.documentElement.scrollWidth, window.innerWidth]")
    if scroll > inner:
        fail(f"{label}: the page scrolls sideways at {width} px (scrollWidth {scroll} > innerWidth {inner})")
    return scroll, inner


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--confetti", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--docs-screenshot")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    started = time.time()
    server, url = start_server(args.confetti)
    downloads = tempfile.mkdtemp(prefix="confetti-downloads-")
    driver = None
    try:
        driver = browser(downloads)
        driver.get(url + "/")
        if driver.title != "Confetti: plan Customer Service Week":
            fail("the page's title is " + repr(driver.title))
        wait(driver, "the socket to open", lambda d: d.execute_script(
            "return document.getElementById('status').textContent === ''"))

        # 1. Ideas as cards.
        question = "music ideas for 12 people under $300"
        ask(driver, question)
        wait(driver, "idea cards", lambda d: len(d.find_elements(By.CSS_SELECTOR, ".card")) > 0)
        first = driver.find_elements(By.CSS_SELECTOR, ".card")
        card = first[0]
        for needed in ("Day theme", "Price", "Breakdown", "Tier", "Source"):
            if needed not in card.text:
                fail(f"a card lacks its {needed}: {card.text!r}")
        # Each card cites its sources as the record words them (the core's citation), Confetti's
        # own advice as "Confetti's advice", never rebuilt from publisher and year.
        record = ask_record(driver, question)
        if not record or len(record.get("ideas", [])) != len(first):
            fail(f"POST /ask gave another list than the page: {record!r:.200}")
        for shown, idea in zip(first, record["ideas"]):
            words = "; ".join(s["citation"] for s in idea["sources"])
            if source_of(shown) != words:
                fail(f"{idea['name']}'s card cites {source_of(shown)!r}, the record {words!r}")
        cited = [source_of(c) for c in first]
        if "Confetti's advice" not in cited:
            fail(f"no card cites Confetti's advice (the question was chosen to show one): {cited}")
        if any("Confetti, undated" in c for c in cited):
            fail(f"a card cites 'Confetti, undated': {cited}")
        live = driver.find_element(By.ID, "transcript").get_attribute("aria-live")
        if live != "polite":
            fail("the transcript is no aria-live region")

        # 2. "More", with the keyboard: focus the button and press Enter.
        count = len(turns(driver))
        more = driver.find_element(By.CSS_SELECTOR, "button[aria-label='More ideas']")
        more.send_keys(Keys.ENTER)
        wait(driver, "more ideas", lambda d: len(turns(d)) > count
             and len(turns(d)[-1].find_elements(By.CSS_SELECTOR, ".card")) > 0)
        shown = [c.find_element(By.CSS_SELECTOR, ".card-name").text for c in
                 turns(driver)[-1].find_elements(By.CSS_SELECTOR, ".card")]
        before = [c.find_element(By.CSS_SELECTOR, ".card-name").text for c in first]
        if set(shown) & set(before):
            fail(f"'More' showed ideas already shown: {set(shown) & set(before)}")

        # The README's picture: the ideas, the More and Cheaper buttons and the question box.
        time.sleep(0.3)
        driver.save_screenshot(os.path.join(args.out, "chat-1280-ideas.png"))
        if args.docs_screenshot:
            shutil.copy(os.path.join(args.out, "chat-1280-ideas.png"), args.docs_screenshot)

        # 3. A card's details.
        count = len(turns(driver))
        name = turns(driver)[-1].find_element(By.CSS_SELECTOR, ".card-name").text
        turns(driver)[-1].find_element(By.CSS_SELECTOR, ".card button").click()
        wait(driver, "the details of " + name, lambda d: len(turns(d)) > count
             and len(turns(d)[-1].find_elements(By.CSS_SELECTOR, ".details")) > 0)
        details = turns(driver)[-1].find_element(By.CSS_SELECTOR, ".details")
        if name not in details.text or "Steps" not in details.text:
            fail(f"the details are not {name}'s with steps: {details.text[:200]!r}")

        # 4. The second question: a plan, as a table by day with dates as dates.
        count = len(turns(driver))
        ask(driver, "plan the week for 40 people with $2000")
        wait(driver, "the plan table", lambda d: len(turns(d)) > count
             and len(turns(d)[-1].find_elements(By.CSS_SELECTOR, "table")) > 0)
        table = turns(driver)[-1].find_element(By.CSS_SELECTOR, "table")
        days = table.find_elements(By.CSS_SELECTOR, "tbody tr")
        if len(days) != 5:
            fail(f"the plan has {len(days)} rows, not 5")
        times = [t.get_attribute("datetime") for t in table.find_elements(By.CSS_SELECTOR, "tbody time")]
        week = [(MONDAY + datetime.timedelta(days=i)).isoformat() for i in range(5)]
        if times != week:
            fail(f"the plan's dates are {times}, not {week}")
        if "October" not in days[0].text or "2027" not in days[0].text:
            fail(f"the first day is not written as a date: {days[0].text!r}")
        if "Total" not in table.text or "Budget" not in table.text:
            fail("the plan has no total against the budget")

        # 5. The calendar, downloaded through a Blob and checked by an independent parser.
        button = driver.find_element(By.ID, "export-ics")
        if not button.is_enabled():
            fail("the calendar button is disabled after a plan")
        button.click()
        path = os.path.join(downloads, "confetti-plan.ics")
        wait(driver, "the calendar download", lambda d: os.path.exists(path) and os.path.getsize(path) > 0)
        time.sleep(0.2)
        calendar = icalendar.Calendar.from_ical(open(path, "rb").read())
        events = list(calendar.walk("VEVENT"))
        if not events:
            fail("the calendar has no events")
        dates = {e.decoded("DTSTART") for e in events}
        if not dates <= {MONDAY + datetime.timedelta(days=i) for i in range(5)}:
            fail(f"calendar dates outside the week: {sorted(dates)}")
        planned = {n.text for n in table.find_elements(By.CSS_SELECTOR, ".plan-idea")}
        summaries = {str(e.get("SUMMARY")) for e in events}
        if summaries != planned:
            fail(f"the calendar's events {summaries} are not the plan's ideas {planned}")

        # The Markdown download: the same plan, every planned idea in it.
        driver.find_element(By.ID, "export-md").click()
        markdown = os.path.join(downloads, "confetti-plan.md")
        wait(driver, "the Markdown download", lambda d: os.path.exists(markdown) and os.path.getsize(markdown) > 0)
        time.sleep(0.2)
        text = open(markdown, encoding="utf-8").read()
        if not text.startswith("# ") or any(name not in text for name in planned):
            fail(f"the Markdown plan lacks a heading or an idea of {planned}: {text[:200]!r}")

        # 6. The keyboard alone: Tab reaches the question box, Send, each card's Details, every More
        # and Cheaper, and both downloads, and the focus is visible on each.
        reached = tab_walk(driver)
        labels = [label for _, label, _ in reached]
        ids = [i for i, _, _ in reached]
        for i in ("question", "send", "export-md", "export-ics"):
            if i not in ids:
                fail(f"Tab never reaches #{i}: {labels}")
        for card in driver.find_elements(By.CSS_SELECTOR, ".card"):
            name = card.find_element(By.CSS_SELECTOR, ".card-name").text
            if "Details of " + name not in labels:
                fail(f"Tab never reaches the Details of {name}: {labels}")
        lists = len(driver.find_elements(By.CSS_SELECTOR, ".list-actions"))
        if labels.count("More ideas") != lists or labels.count("Cheaper ideas") != lists:
            fail(f"Tab does not reach every More and Cheaper ({lists} lists): {labels}")
        hidden = [label for _, label, visible in reached if not visible]
        if hidden:
            fail(f"the focus is not visible on {hidden}")

        # 7. No sideways scrolling at 1280 and 360 px, light and dark; screenshots.
        for scheme in ("light", "dark"):
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                   {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
            for width in (1280, 360):
                no_sideways_scroll(driver, width, scheme)
                shot = os.path.join(args.out, f"chat-{width}-{scheme}.png")
                driver.save_screenshot(shot)
        background = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
        if background in ("rgb(251, 250, 247)", "rgb(255, 255, 255)"):
            fail("the dark scheme leaves the page light")
        print(f"browser-test: passed in {time.time() - started:.1f} s: {len(events)} calendar events, "
              f"{len(reached)} stops for Tab, screenshots in {args.out}")
    finally:
        if driver is not None:
            driver.quit()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(downloads, ignore_errors=True)


if __name__ == "__main__":
    main()
