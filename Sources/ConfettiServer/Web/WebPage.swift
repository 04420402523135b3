/// The chat page's HTML: no inline script or style (the Content-Security-Policy forbids them);
/// the behaviour is /app.js and the look /app.css.
enum WebPage {
  static let html = """
    <!doctype html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>Confetti: plan Customer Service Week</title>
    <link rel="stylesheet" href="/app.css">
    <script src="/app.js" defer></script>
    </head>
    <body>
    <a class="skip" href="#question">Skip to the question box</a>
    <header>
    <h1>Confetti</h1>
    <p class="tagline">Plan Customer Service Week by talking: ask for ideas, a plan for the week, or the dates.</p>
    </header>
    <main>
    <section id="transcript" class="transcript" role="log" aria-live="polite" aria-relevant="additions"
      aria-label="Conversation"></section>
    <p id="status" class="status" role="status">Connecting…</p>
    <form id="ask" class="ask" autocomplete="off">
    <label for="question">Your question</label>
    <div class="row">
    <input id="question" name="question" type="text" maxlength="4000"
      placeholder="ideas for 12 people under $300" required>
    <button type="submit" id="send">Send</button>
    </div>
    </form>
    <section class="exports" aria-label="Download the plan">
    <button type="button" id="export-md" disabled>Download plan (Markdown)</button>
    <button type="button" id="export-ics" disabled>Download calendar (.ics)</button>
    </section>
    </main>
    <noscript><p>This page needs JavaScript; the same answers come from <code>confetti</code> on the command line.</p></noscript>
    </body>
    </html>

    """
}
