/// The chat page's style sheet, served as /app.css: one column that fits 360 px phones and 1280 px
/// screens without sideways scrolling, in the visitor's light or dark scheme.
enum WebStyle {
  static let source = #"""
    :root {
      color-scheme: light dark;
      --bg: #fbfaf7; --fg: #1d1d1f; --muted: #5b5b63; --card: #ffffff; --line: #d9d6cf;
      --accent: #b3261e; --accent-fg: #ffffff; --you: #eef3fb; --focus: #1a5fd0; --ok: #1d6b35;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --bg: #141416; --fg: #ecebe8; --muted: #a9a8b3; --card: #1f1f23; --line: #3a3a42;
        --accent: #ff8a7a; --accent-fg: #141416; --you: #1c2533; --focus: #8ab4ff; --ok: #7fd19a;
      }
    }
    *, *::before, *::after { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body {
      margin: 0; background: var(--bg); color: var(--fg);
      font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      overflow-wrap: anywhere;
    }
    header, main { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
    header h1 { margin: 1rem 0 0; font-size: 1.6rem; color: var(--accent); }
    .tagline { margin: 0.25rem 0 1rem; color: var(--muted); }
    .skip { position: absolute; left: -999px; }
    .skip:focus { left: 1rem; top: 1rem; background: var(--card); padding: 0.5rem; z-index: 1; }
    :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
    .transcript { display: flex; flex-direction: column; gap: 0.75rem; padding-bottom: 1rem; }
    .turn { padding: 0.75rem 1rem; border-radius: 0.75rem; border: 1px solid var(--line); background: var(--card); }
    .turn.you { background: var(--you); align-self: flex-end; max-width: 100%; }
    .who { font-size: 0.8rem; margin: 0 0 0.25rem; color: var(--muted); text-transform: uppercase; letter-spacing: 0.05em; }
    .turn p { margin: 0.25rem 0; }
    .error { color: var(--accent); font-weight: 600; }
    .cards { list-style: none; margin: 0.75rem 0 0; padding: 0; display: grid; gap: 0.75rem;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr)); }
    .card { border: 1px solid var(--line); border-radius: 0.6rem; padding: 0.75rem; display: flex; flex-direction: column; }
    .card-name { margin: 0 0 0.5rem; font-size: 1.05rem; }
    .meta { margin: 0 0 0.75rem; display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.15rem 0.6rem; font-size: 0.92rem; }
    .meta dt { color: var(--muted); }
    .meta dd { margin: 0; }
    .card .action { margin-top: auto; align-self: flex-start; }
    .list-actions, .exports { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-top: 0.75rem; }
    button {
      font: inherit; padding: 0.45rem 0.9rem; border-radius: 0.5rem; border: 1px solid var(--accent);
      background: var(--accent); color: var(--accent-fg); cursor: pointer; min-height: 2.5rem;
    }
    button.action { background: transparent; color: var(--accent); }
    button:disabled { opacity: 0.5; cursor: not-allowed; }
    .details { margin-top: 0.75rem; border-top: 1px solid var(--line); padding-top: 0.5rem; }
    .details h4 { margin: 0.75rem 0 0.25rem; }
    .details ol, .details ul { margin: 0; padding-left: 1.25rem; }
    .plan { margin-top: 0.75rem; }
    table { width: 100%; border-collapse: collapse; table-layout: fixed; }
    caption { text-align: left; font-weight: 600; margin-bottom: 0.5rem; }
    th, td { text-align: left; vertical-align: top; padding: 0.4rem; border-bottom: 1px solid var(--line); }
    thead th:nth-child(1) { width: 28%; } thead th:nth-child(2) { width: 16%; } thead th:nth-child(4) { width: 16%; }
    .num { text-align: right; font-variant-numeric: tabular-nums; }
    tfoot th { text-align: right; }
    .within { color: var(--ok); } .over { color: var(--accent); font-weight: 600; }
    .ask { position: sticky; bottom: 0; background: var(--bg); padding: 0.75rem 0; border-top: 1px solid var(--line); }
    .ask label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
    .row { display: flex; gap: 0.5rem; }
    .row input { flex: 1; min-width: 0; font: inherit; padding: 0.5rem; border-radius: 0.5rem;
      border: 1px solid var(--line); background: var(--card); color: var(--fg); }
    .status { color: var(--muted); min-height: 1.5em; margin: 0; }
    .exports { padding-bottom: 1.5rem; }
    @media (max-width: 600px) {
      table, thead, tbody, tfoot, tr, th, td, caption { display: block; width: auto !important; }
      thead { position: absolute; left: -9999px; }
      tbody tr { border-bottom: 1px solid var(--line); padding: 0.4rem 0; }
      th, td { border: 0; padding: 0.1rem 0; }
      .num, tfoot th { text-align: left; }
      tfoot tr { display: flex; justify-content: space-between; gap: 0.5rem; }
    }

    """#
}
