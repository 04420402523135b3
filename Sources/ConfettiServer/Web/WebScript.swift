/// The chat page's script, served as /app.js. It talks to /chat over a WebSocket and builds every
/// answer with DOM calls and `textContent`: text from the server is never parsed as HTML.
enum WebScript {
  static let source = #"""
    "use strict";
    (function () {
      const transcript = document.getElementById("transcript");
      const form = document.getElementById("ask");
      const input = document.getElementById("question");
      const status = document.getElementById("status");
      const exportMarkdown = document.getElementById("export-md");
      const exportCalendar = document.getElementById("export-ics");
      const themes = { educate: "Educate", activate: "Activate", cocreate: "Co-Create", celebrate: "Celebrate" };
      let socket = null;
      let waiting = [];
      let retry = 500;

      function el(tag, className, text) {
        const e = document.createElement(tag);
        if (className) e.className = className;
        if (text !== undefined && text !== null) e.textContent = String(text);
        return e;
      }

      function button(text, label, onClick) {
        const b = el("button", "action", text);
        b.type = "button";
        if (label) b.setAttribute("aria-label", label);
        b.addEventListener("click", onClick);
        return b;
      }

      function money(m) {
        if (!m || typeof m.amount !== "number") return "";
        try {
          return new Intl.NumberFormat(undefined, { style: "currency", currency: m.currency || "USD",
            maximumFractionDigits: Number.isInteger(m.amount) ? 0 : 2 }).format(m.amount);
        } catch (e) {
          return m.amount + " " + (m.currency || "");
        }
      }

      // "2027-10-04" as a date in words, in the reader's language, with the ISO date kept for machines.
      function date(iso, withWeekday) {
        const t = el("time");
        t.dateTime = iso;
        const parts = String(iso).split("-").map(Number);
        const d = new Date(parts[0], parts[1] - 1, parts[2]);
        const options = { month: "long", day: "numeric", year: "numeric" };
        if (withWeekday !== false) options.weekday = "long";
        t.textContent = isNaN(d.getTime()) ? iso : d.toLocaleDateString(undefined, options);
        return t;
      }

      // Each source as Confetti words it ("ICMI, 2024", "Confetti's advice"): the record's citation.
      function citation(sources) {
        return (sources || []).map(function (s) { return s.citation; }).join("; ");
      }

      function field(list, name, value) {
        if (value === undefined || value === null || value === "") return;
        list.appendChild(el("dt", null, name));
        const dd = el("dd");
        if (value instanceof Node) dd.appendChild(value); else dd.textContent = String(value);
        list.appendChild(dd);
      }

      function ideaCard(idea) {
        const card = el("li", "card");
        card.appendChild(el("h3", "card-name", idea.name));
        const meta = el("dl", "meta");
        field(meta, "Day theme", themes[idea.theme] || idea.theme);
        field(meta, "Price", money(idea.estimated_cost));
        field(meta, "Breakdown", idea.cost_breakdown);
        field(meta, "Tier", idea.tier);
        field(meta, "Source", citation(idea.sources));
        card.appendChild(meta);
        card.appendChild(button("Details", "Details of " + idea.name, function () {
          send("tell me about " + idea.name);
        }));
        return card;
      }

      function ideaList(record) {
        const box = el("div", "ideas");
        const list = el("ul", "cards");
        record.ideas.forEach(function (idea) { list.appendChild(ideaCard(idea)); });
        box.appendChild(list);
        const actions = el("div", "list-actions");
        actions.appendChild(button("More", "More ideas", function () { send("more"); }));
        actions.appendChild(button("Cheaper", "Cheaper ideas", function () { send("cheaper"); }));
        box.appendChild(actions);
        return box;
      }

      function details(idea) {
        const box = el("section", "details");
        box.setAttribute("aria-label", "Details of " + idea.name);
        box.appendChild(el("h3", null, idea.name));
        if (idea.summary) box.appendChild(el("p", null, idea.summary));
        const meta = el("dl", "meta");
        field(meta, "Day theme", themes[idea.theme] || idea.theme);
        field(meta, "Price", money(idea.estimated_cost));
        field(meta, "Breakdown", idea.cost_breakdown);
        field(meta, "Tier", idea.tier);
        field(meta, "Prepare", idea.prep);
        field(meta, "Source", citation(idea.sources));
        box.appendChild(meta);
        if (idea.steps && idea.steps.length) {
          box.appendChild(el("h4", null, "Steps"));
          const ol = el("ol");
          idea.steps.forEach(function (s) { ol.appendChild(el("li", null, s)); });
          box.appendChild(ol);
        }
        if (idea.tiers && idea.tiers.length) {
          box.appendChild(el("h4", null, "Cost tiers"));
          const ul = el("ul");
          idea.tiers.forEach(function (t) {
            ul.appendChild(el("li", null, t.name + ": " + t.description + " (" + money(t.estimated_cost) + ")"));
          });
          box.appendChild(ul);
        }
        if (idea.cautions && idea.cautions.length) {
          box.appendChild(el("h4", null, "Mind"));
          const ul = el("ul");
          idea.cautions.forEach(function (c) { ul.appendChild(el("li", null, c)); });
          box.appendChild(ul);
        }
        return box;
      }

      function planTable(plan) {
        const box = el("div", "plan");
        const table = el("table");
        const caption = el("caption");
        caption.appendChild(document.createTextNode("Customer Service Week: "));
        caption.appendChild(date(plan.start, false));
        caption.appendChild(document.createTextNode(" to "));
        caption.appendChild(date(plan.end, false));
        caption.appendChild(document.createTextNode(", " + plan.team_size + " people"));
        table.appendChild(caption);
        const head = el("thead");
        const hr = el("tr");
        ["Day", "Theme", "Ideas", "Cost"].forEach(function (h) {
          const th = el("th", null, h);
          th.scope = "col";
          hr.appendChild(th);
        });
        head.appendChild(hr);
        table.appendChild(head);
        const body = el("tbody");
        plan.days.forEach(function (d) {
          const tr = el("tr");
          const th = el("th");
          th.scope = "row";
          th.appendChild(date(d.date));
          tr.appendChild(th);
          tr.appendChild(el("td", null, themes[d.theme] || d.theme));
          const names = el("td");
          if (!d.ideas.length) names.textContent = "Nothing fits this day";
          d.ideas.forEach(function (i, n) {
            if (n > 0) names.appendChild(document.createTextNode(", "));
            names.appendChild(el("span", "plan-idea", i.name));
          });
          tr.appendChild(names);
          const cost = d.ideas.reduce(function (sum, i) { return sum + (i.estimated_cost ? i.estimated_cost.amount : 0); }, 0);
          tr.appendChild(el("td", "num", money({ amount: cost, currency: "USD" })));
          body.appendChild(tr);
        });
        table.appendChild(body);
        const foot = el("tfoot");
        const total = el("tr");
        const label = el("th", null, "Total");
        label.scope = "row";
        label.colSpan = 3;
        total.appendChild(label);
        total.appendChild(el("td", "num", money(plan.total_cost)));
        foot.appendChild(total);
        const budget = el("tr");
        const blabel = el("th", null, plan.budget_assumed ? "Budget (assumed: none was given)" : "Budget");
        blabel.scope = "row";
        blabel.colSpan = 3;
        budget.appendChild(blabel);
        budget.appendChild(el("td", "num", money(plan.budget)));
        foot.appendChild(budget);
        table.appendChild(foot);
        box.appendChild(table);
        const over = plan.total_cost && plan.budget && plan.total_cost.amount > plan.budget.amount;
        box.appendChild(el("p", over ? "over" : "within",
          money(plan.total_cost) + (over ? " is over the budget of " : " is within the budget of ") + money(plan.budget) + "."));
        return box;
      }

      function download(file) {
        const calendar = typeof file.ics === "string";
        const blob = new Blob([calendar ? file.ics : file.markdown],
          { type: calendar ? "text/calendar;charset=utf-8" : "text/markdown;charset=utf-8" });
        const a = document.createElement("a");
        a.href = URL.createObjectURL(blob);
        a.download = file.filename;
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(function () { URL.revokeObjectURL(a.href); }, 60000);
      }

      function turn(who, className) {
        const t = el("article", "turn " + className);
        t.appendChild(el("h2", "who", who));
        return t;
      }

      function show(record) {
        const t = turn("Confetti", "confetti");
        if (record.error) t.appendChild(el("p", "error", record.error.message));
        const rich = record.ideas || record.plan || record.idea;
        if (typeof record.reply === "string") {
          const lines = record.reply.split("\n").filter(function (l) { return l.trim() !== ""; });
          (rich ? lines.slice(0, 1) : lines).forEach(function (l) { t.appendChild(el("p", "reply", l)); });
        }
        if (record.dates) {
          const p = el("p", "dates");
          p.appendChild(date(record.dates.start));
          p.appendChild(document.createTextNode(" to "));
          p.appendChild(date(record.dates.end));
          t.appendChild(p);
        }
        if (record.ideas && record.ideas.length) t.appendChild(ideaList(record));
        if (record.idea) t.appendChild(details(record.idea));
        if (record.plan) {
          t.appendChild(planTable(record.plan));
          exportMarkdown.disabled = false;
          exportCalendar.disabled = false;
        }
        if (record.export) {
          download(record.export);
          t.appendChild(el("p", "saved", "Downloaded " + record.export.filename + "."));
        }
        transcript.appendChild(t);
        t.scrollIntoView({ block: "nearest" });
      }

      function send(text) {
        const t = turn("You", "you");
        t.appendChild(el("p", null, text));
        transcript.appendChild(t);
        if (socket && socket.readyState === WebSocket.OPEN) socket.send(text); else waiting.push(text);
      }

      function connect() {
        const url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/chat";
        socket = new WebSocket(url);
        socket.addEventListener("open", function () {
          status.textContent = "";
          retry = 500;
          waiting.splice(0).forEach(function (text) { socket.send(text); });
        });
        socket.addEventListener("message", function (event) {
          let record;
          try { record = JSON.parse(event.data); } catch (e) { return; }
          show(record);
        });
        socket.addEventListener("close", function () {
          status.textContent = "Not connected; trying again…";
          setTimeout(connect, retry);
          retry = Math.min(retry * 2, 10000);
        });
      }

      form.addEventListener("submit", function (event) {
        event.preventDefault();
        const text = input.value.trim();
        if (!text) return;
        input.value = "";
        send(text);
      });
      exportMarkdown.addEventListener("click", function () { send("export the plan to confetti-plan.md"); });
      exportCalendar.addEventListener("click", function () { send("export the plan to confetti-plan.ics"); });
      connect();
      input.focus();
    })();

    """#
}
