// marsad web UI. Every piece of archive data is untrusted: it reaches the page only through
// textContent / createTextNode, never as HTML; links are built from encodeURIComponent'd ids.
"use strict";

(function () {
  const app = document.getElementById("app");
  const TYPE_NAMES = { PER: "أشخاص", ORG: "مؤسسات", LOC: "أماكن", MISC: "أخرى" };
  const MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

  /** el("div", {class: "x"}, "text", childNode, ...): strings become text nodes. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === null || v === undefined || v === false) continue;
        if (k === "onclick") e.addEventListener("click", v);
        else if (k === "onsubmit") e.addEventListener("submit", v);
        else e.setAttribute(k, String(v));
      }
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      e.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    }
    return e;
  }

  function hashLink(path, params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== "") q.set(k, v);
    const qs = q.toString();
    return "#" + path + (qs ? "?" + qs : "");
  }
  const articleHref = (id) => hashLink("/article/" + encodeURIComponent(id));
  const entityHref = (name) => hashLink("/entity/" + encodeURIComponent(name));

  async function api(path, params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== "") q.set(k, v);
    const url = "/api/" + path + (q.toString() ? "?" + q : "");
    const r = await fetch(url, { headers: { Accept: "application/json" } });
    let body;
    try { body = await r.json(); } catch (e) { body = { error: "استجابة غير مفهومة من الخادم" }; }
    if (!r.ok) throw new Error(body.error || ("HTTP " + r.status));
    return body;
  }

  function show(...nodes) {
    app.replaceChildren(...nodes.flat());
  }
  function errorBox(e) { return el("div", { class: "error", role: "alert" }, "خطأ: " + e.message); }
  function meta(source, date) {
    return el("div", { class: "meta" }, [source, date].filter(Boolean).join(" · "));
  }
  function monthName(ym) {
    const m = /^(\d{4})-(\d{2})$/.exec(ym || "");
    return m ? MONTHS[Number(m[2]) - 1] + " " + m[1] : ym;
  }
  function fragments(parts) {
    const p = el("p", { class: "snippet" });
    for (const f of parts || []) p.appendChild(f.highlighted ? el("mark", null, f.text) : document.createTextNode(f.text));
    return p;
  }
  function setNav(name) {
    document.querySelectorAll("[data-nav]").forEach((a) => a.classList.toggle("active", a.dataset.nav === name));
  }

  // ---- search ----
  async function searchPage(params) {
    setNav("search");
    const input = el("input", { type: "search", name: "q", id: "q", placeholder: "ابحث في الأرشيف… مثال: الأمريكي", value: params.get("q") || "", autofocus: true });
    const form = el("form", { class: "query", role: "search", onsubmit: (ev) => {
      ev.preventDefault();
      location.hash = hashLink("/", { q: input.value.trim(), source: params.get("source"), entity: params.get("entity"),
        speaker: params.get("speaker"), from: params.get("from"), to: params.get("to") });
    } }, input, el("button", { type: "submit" }, "بحث"));
    const filters = ["source", "entity", "speaker", "from", "to"].filter((k) => params.get(k));
    if (!params.get("q") && filters.length === 0) {
      show(form, el("div", { class: "card" }, "اكتب كلمات للبحث في عناوين الأخبار ونصوصها. تطابق الكتابات المختلفة: الأمريكي/الأمريكى، إسرائيل/اسرائيل."));
      return;
    }
    const chips = el("div", { class: "chips" }, filters.map((k) => el("span", { class: "chip", "data-filter": k },
      ({ source: "المصدر", entity: "الكيان", speaker: "المتحدث", from: "من", to: "إلى" })[k] + ": " + params.get(k) + " ",
      el("button", { type: "button", title: "إزالة", onclick: () => { params.delete(k); params.delete("page"); location.hash = hashLink("/", Object.fromEntries(params)); } }, "×"))));
    show(form, chips, el("div", { class: "meta" }, "جارٍ البحث…"));
    let r;
    try {
      r = await api("search", Object.fromEntries(params));
    } catch (e) {
      show(form, chips, errorBox(e));
      return;
    }
    const list = el("section", { id: "results" },
      el("div", { class: "meta", id: "total" }, r.total + " نتيجة (" + r.took_ms + " ms)"),
      r.hits.map((h) => el("article", { class: "card hit", "data-id": h.id },
        el("h3", null, el("a", { href: articleHref(h.id) }, h.title || "(بلا عنوان)"),
          h.copies > 0 ? el("a", { class: "copies", href: articleHref(h.id), title: "نسخ شبه مطابقة من مصادر أخرى" }, "+" + h.copies + (h.copies === 1 ? " نسخة" : " نسخ")) : null),
        meta(h.source, h.date),
        h.snippet ? fragments(h.snippet) : null)));
    const page = r.page, pages = Math.ceil(r.total / r.size);
    const go = (p) => { params.set("page", p); location.hash = hashLink("/", Object.fromEntries(params)); };
    const pager = el("div", { class: "pager" },
      page > 1 ? el("button", { type: "button", onclick: () => go(page - 1) }, "السابق") : null,
      pages > 1 ? el("span", { class: "meta" }, page + " / " + pages) : null,
      r.hits.length === r.size && page < pages ? el("button", { type: "button", onclick: () => go(page + 1) }, "التالي") : null);
    const facet = (title, items, key, label, value) => items.length === 0 ? null : el("div", { class: "facet", "data-facet": key },
      el("h4", null, title),
      el("ul", null, items.map((f) => el("li", null,
        el("button", { type: "button", onclick: () => { params.set(key, value(f)); params.delete("page"); location.hash = hashLink("/", Object.fromEntries(params)); } }, label(f)),
        el("span", { class: "count" }, String(f.count))))));
    const monthRange = (f) => f.value; // "yyyy-MM": from = first day, to = last day
    const side = el("aside", { class: "facets card" },
      facet("المصادر", r.facets.source, "source", (f) => f.value, (f) => f.value),
      r.facets.month.length === 0 ? null : el("div", { class: "facet", "data-facet": "month" }, el("h4", null, "الأشهر"),
        el("ul", null, r.facets.month.map((f) => el("li", null, el("button", { type: "button", onclick: () => {
          const [y, m] = monthRange(f).split("-").map(Number);
          const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
          params.set("from", f.value + "-01"); params.set("to", f.value + "-" + String(last).padStart(2, "0")); params.delete("page");
          location.hash = hashLink("/", Object.fromEntries(params));
        } }, monthName(f.value)), el("span", { class: "count" }, String(f.count)))))),
      facet("الكيانات", (r.facets.entity || []).map((e) => ({ ...e, count: e.articles })), "entity", (f) => f.name + " ", (f) => f.key));
    show(form, chips, el("div", { class: "layout" }, el("div", null, list, pager), side));
  }

  // ---- article ----
  /** The body cut at every annotation boundary; each piece carries the classes of the spans covering it. */
  function annotatedBody(body, ann) {
    const spans = [];
    for (const e of ann.entities || []) spans.push({ s: e.start, e: e.end, cls: "ann ent ent-" + e.type, kind: "entity", title: e.type + ": " + e.canonical });
    for (const q of ann.quotes || []) {
      spans.push({ s: q.start, e: q.end, cls: "ann quote", kind: "quote", title: "اقتباس" + (q.speaker ? " — " + q.speaker.canonical : "") });
      if (q.speaker && q.speaker.start >= 0 && q.speaker.end > q.speaker.start) {
        spans.push({ s: q.speaker.start, e: q.speaker.end, cls: "ann speaker", kind: "speaker", title: "المتحدث: " + q.speaker.canonical });
      }
    }
    for (const c of ann.claims || []) spans.push({ s: c.start, e: c.end, cls: "ann claim", kind: "claim", title: "رقم" + (c.claimant ? " — " + c.claimant.canonical : "") });
    const cuts = new Set([0, body.length]);
    for (const s of spans) if (s.s >= 0 && s.e <= body.length && s.s < s.e) { cuts.add(s.s); cuts.add(s.e); }
    const points = [...cuts].sort((a, b) => a - b);
    const out = el("div", { class: "article-body", id: "body" });
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const covering = spans.filter((s) => s.s <= a && s.e >= b);
      const text = body.slice(a, b);
      if (covering.length === 0) { out.appendChild(document.createTextNode(text)); continue; }
      const kinds = [...new Set(covering.map((s) => s.kind))];
      out.appendChild(el("span", { class: covering.map((s) => s.cls).join(" "), "data-kind": kinds.join(" "),
        title: covering.map((s) => s.title).join(" | ") }, text));
    }
    return out;
  }

  async function articlePage(id) {
    setNav("");
    show(el("div", { class: "meta" }, "جارٍ التحميل…"));
    let a;
    try { a = await api("articles/" + encodeURIComponent(id)); } catch (e) { show(errorBox(e)); return; }
    const ann = a.annotations || { entities: [], quotes: [], claims: [], dates: [] };
    const byEntity = new Map();
    for (const e of ann.entities) {
      const k = e.type + "/" + e.canonical;
      if (!byEntity.has(k)) byEntity.set(k, { type: e.type, name: e.canonical, n: 0 });
      byEntity.get(k).n++;
    }
    const side = el("aside", { class: "side card", id: "side" },
      el("h4", null, "الكيانات"),
      el("ul", { id: "side-entities" }, [...byEntity.values()].map((e) => el("li", null,
        el("a", { href: entityHref(e.name), class: "ent-" + e.type + " ann" }, e.name), el("span", { class: "tag" }, e.type), e.n > 1 ? " ×" + e.n : ""))),
      el("h4", null, "الاقتباسات"),
      el("ul", { id: "side-quotes" }, ann.quotes.map((q) => el("li", { class: "side-quote" },
        q.speaker ? el("a", { href: entityHref(q.speaker.canonical), class: "speaker-name" }, q.speaker.canonical) : el("span", { class: "meta" }, "متحدث غير معروف"),
        ": «" + q.text + "»"))),
      el("h4", null, "الأرقام"),
      el("ul", { id: "side-claims" }, ann.claims.map((c) => el("li", null,
        el("span", { class: "claim ann" }, c.text), c.claimant ? " — " + c.claimant.canonical : "", el("span", { class: "tag" }, c.kind)))),
      a.copies && a.copies.length ? el("h4", { id: "copies" }, "نسخ شبه مطابقة") : null,
      a.copies && a.copies.length ? el("ul", null, a.copies.map((h) => el("li", null, el("a", { href: articleHref(h.id) }, h.title || h.id), " ", el("span", { class: "meta" }, h.source)))) : null);
    const legend = el("div", { class: "legend" },
      el("span", { class: "ent-PER" }, "شخص"), el("span", { class: "ent-ORG" }, "مؤسسة"), el("span", { class: "ent-LOC" }, "مكان"),
      el("span", { class: "ent-MISC" }, "أخرى"), el("span", { class: "quote" }, "اقتباس"), el("span", { class: "speaker" }, "متحدث"), el("span", { class: "claim" }, "رقم"));
    show(el("div", { class: "layout" },
      el("article", { class: "card" },
        el("h2", { id: "title" }, a.title || "(بلا عنوان)"),
        meta(a.source, a.date),
        a.url ? el("div", { class: "meta" }, a.url) : null,
        a.summary && a.summary.length ? el("div", { class: "summary", id: "summary" }, el("h4", null, "الملخص"),
          el("p", null, a.summary.map((x) => x.text).join(" "))) : null,
        legend,
        annotatedBody(a.body, ann)),
      side));
  }

  // ---- entity ----
  function drawTimeline(container, timeline) {
    if (!window.uPlot || timeline.length === 0) {
      container.appendChild(el("div", { class: "meta" }, timeline.length === 0 ? "لا تواريخ لهذا الكيان" : "مكتبة الرسم غير متاحة"));
      return;
    }
    const xs = timeline.map((d) => Date.parse(d.day + "T00:00:00Z") / 1000);
    // a story's timeline counts articles only: its one series is drawn as the mentions line
    const ys = timeline.map((d) => d.mentions === undefined ? d.articles : d.mentions);
    const arts = timeline.map((d) => d.articles);
    const width = Math.max(300, container.clientWidth || 600);
    const DAY = 86400;
    const day = (t) => new Date(t * 1000).toISOString().slice(0, 10);
    const opts = {
      width, height: 240,
      // days, not hours: a short span is widened to a week so that one day is not stretched across the chart
      scales: { x: { time: true, range: (u, lo, hi) => hi - lo < 7 * DAY ? [lo - 3 * DAY, hi + 3 * DAY] : [lo - DAY, hi + DAY] } },
      series: [{ label: "اليوم", value: (u, t) => t == null ? "--" : day(t) }, { label: "الذكر", stroke: "#0b5cad", fill: "rgba(11,92,173,0.12)", width: 2, points: { show: true, size: 6 } },
        { label: "المقالات", stroke: "#c0392b", width: 1.5, points: { show: true, size: 5 } }],
      axes: [{ values: (u, splits) => splits.map((t) => day(t)), space: 80 }, { label: "" }],
    };
    new uPlot(opts, [xs, ys, arts], container);
  }

  function quoteItem(q, showSpeaker) {
    return el("li", { class: "quote-item" },
      showSpeaker ? (q.speaker ? el("a", { href: entityHref(q.speaker), class: "speaker-name" }, q.speaker) : el("span", { class: "meta" }, "متحدث غير معروف")) : null,
      showSpeaker && q.role ? el("span", { class: "meta" }, " (" + q.role + ")") : null,
      el("blockquote", null, "«" + q.text + "»"),
      el("div", { class: "meta" }, el("a", { href: articleHref(q.article) }, q.title || "(بلا عنوان)"), " · " + [q.source, q.date].filter(Boolean).join(" · ")));
  }

  function claimRow(c) {
    return el("tr", null, el("td", null, el("span", { class: "claim ann" }, c.text)),
      el("td", null, c.claimant ? el("a", { href: entityHref(c.claimant) }, c.claimant) : "—"),
      el("td", null, c.sentence || ""),
      el("td", null, el("a", { href: articleHref(c.article) }, c.source + (c.date ? " · " + c.date : ""))));
  }

  async function entityPage(name) {
    setNav("entities");
    show(el("div", { class: "meta" }, "جارٍ التحميل…"));
    let p;
    try { p = await api("entities/" + encodeURIComponent(name)); } catch (e) { show(errorBox(e)); return; }
    const chart = el("div", { id: "chart" });
    const types = Object.entries(p.types || {}).map(([t, n]) => t + " " + n).join("، ");
    show(el("div", { class: "layout" },
      el("div", null,
        el("div", { class: "card" },
          el("h2", { id: "entity-name" }, p.name),
          el("div", { class: "meta" }, p.articles + " مقالة · " + p.mentions + " ذكر · " + types + " · ",
            el("a", { href: hashLink("/", { entity: (p.keys || [])[0] }) }, "المقالات")),
          el("h4", null, "الذكر عبر الزمن"), chart),
        el("div", { class: "card qlist" }, el("h4", null, "ما قاله"),
          p.quotes_by.length ? el("ul", { id: "quotes-by" }, p.quotes_by.map((q) => quoteItem(q, false))) : el("div", { class: "meta" }, "لا اقتباسات")),
        el("div", { class: "card qlist" }, el("h4", null, "ما قيل عنه"),
          p.quotes_about.length ? el("ul", { id: "quotes-about" }, p.quotes_about.map((q) => quoteItem(q, true))) : el("div", { class: "meta" }, "لا اقتباسات")),
        p.claims_by.length ? el("div", { class: "card" }, el("h4", null, "أرقام صرّح بها"), el("table", { class: "plain" }, el("tbody", null, p.claims_by.map(claimRow)))) : null),
      el("aside", { class: "side card" }, el("h4", null, "يُذكر معه"),
        el("ul", { id: "cooccurring" }, p.cooccurring.map((c) => el("li", null, el("a", { href: entityHref(c.name), class: "ann ent-" + c.type }, c.name),
          el("span", { class: "tag" }, c.type), " ", el("span", { class: "count" }, String(c.articles))))))));
    drawTimeline(chart, p.timeline || []);
  }

  async function entitiesPage(params) {
    setNav("entities");
    const input = el("input", { type: "search", name: "q", placeholder: "اسم الكيان", value: params.get("q") || "" });
    const type = el("select", { name: "type" }, el("option", { value: "" }, "كل الأنواع"),
      Object.entries(TYPE_NAMES).map(([k, v]) => el("option", { value: k, selected: params.get("type") === k }, v)));
    const form = el("form", { class: "query", onsubmit: (ev) => { ev.preventDefault(); location.hash = hashLink("/entities", { q: input.value.trim(), type: type.value }); } },
      input, type, el("button", { type: "submit" }, "عرض"));
    show(form, el("div", { class: "meta" }, "جارٍ التحميل…"));
    try {
      const r = await api("entities", { q: params.get("q"), type: params.get("type"), limit: 100 });
      show(form, el("div", { class: "card" }, el("table", { class: "plain", id: "entities" }, el("tbody", null,
        r.entities.map((e) => el("tr", null, el("td", null, el("a", { href: entityHref(e.name), class: "ann ent-" + e.type }, e.name)),
          el("td", null, TYPE_NAMES[e.type] || e.type), el("td", { class: "count" }, e.articles + " مقالة"), el("td", { class: "count" }, e.mentions + " ذكر")))))));
    } catch (e) { show(form, errorBox(e)); }
  }

  // ---- quotes and claims ----
  async function quotesPage(params) {
    setNav("quotes");
    const speaker = el("input", { type: "search", name: "speaker", id: "speaker", placeholder: "المتحدث", value: params.get("speaker") || "" });
    const words = el("input", { type: "search", name: "q", id: "quote-words", placeholder: "كلمات من الاقتباس", value: params.get("q") || "" });
    const form = el("form", { class: "query", onsubmit: (ev) => { ev.preventDefault(); location.hash = hashLink("/quotes", { speaker: speaker.value.trim(), q: words.value.trim() }); } },
      speaker, words, el("button", { type: "submit" }, "بحث"));
    show(form, el("div", { class: "meta" }, "جارٍ التحميل…"));
    try {
      const r = await api("quotes", Object.fromEntries(params));
      show(form, el("div", { class: "card qlist" }, el("div", { class: "meta" }, r.items.length + (r.more ? "+" : "") + " اقتباس"),
        el("ul", { id: "quotes" }, r.items.map((q) => quoteItem(q, true)))));
    } catch (e) { show(form, errorBox(e)); }
  }

  async function claimsPage(params) {
    setNav("claims");
    const claimant = el("input", { type: "search", name: "claimant", placeholder: "صاحب الرقم", value: params.get("claimant") || "" });
    const words = el("input", { type: "search", name: "q", placeholder: "كلمات من الجملة", value: params.get("q") || "" });
    const form = el("form", { class: "query", onsubmit: (ev) => { ev.preventDefault(); location.hash = hashLink("/claims", { claimant: claimant.value.trim(), q: words.value.trim() }); } },
      claimant, words, el("button", { type: "submit" }, "بحث"));
    show(form, el("div", { class: "meta" }, "جارٍ التحميل…"));
    try {
      const r = await api("claims", Object.fromEntries(params));
      show(form, el("div", { class: "card" }, el("table", { class: "plain", id: "claims" },
        el("thead", null, el("tr", null, el("th", null, "الرقم"), el("th", null, "صاحبه"), el("th", null, "الجملة"), el("th", null, "المقالة"))),
        el("tbody", null, r.items.map(claimRow)))));
    } catch (e) { show(form, errorBox(e)); }
  }

  // ---- stories ----
  async function storiesPage() {
    setNav("stories");
    show(el("div", { class: "meta" }, "جارٍ التحميل…"));
    try {
      const r = await api("stories", { limit: 30 });
      const charts = [];
      show(el("div", { class: "meta" }, r.total + " قصة من " + r.articles + " مقالة مؤرخة"),
        el("section", { id: "stories" }, r.stories.map((s) => {
          const chart = el("div", { class: "story-timeline chart" });
          charts.push([chart, s.timeline || []]);
          return el("div", { class: "card story" },
            el("h3", null, s.label),
            el("div", { class: "meta" }, s.size + " مقالة · " + s.sources.join("، ") + " · " + s.first + (s.last !== s.first ? " ← " + s.last : "")),
            s.summary ? el("p", { class: "summary" }, s.summary) : null,
            chart,
            el("ul", null, s.articles.map((a) => el("li", null, el("a", { href: articleHref(a.id) }, a.title || "(بلا عنوان)"), " ", el("span", { class: "meta" }, a.source + " · " + a.date)))));
        })));
      // drawn once the cards are in the page, so that each chart knows its width
      for (const [chart, timeline] of charts) drawTimeline(chart, timeline);
    } catch (e) { show(errorBox(e)); }
  }

  function route() {
    const h = location.hash.replace(/^#/, "") || "/";
    const qi = h.indexOf("?");
    const path = qi >= 0 ? h.slice(0, qi) : h;
    const params = new URLSearchParams(qi >= 0 ? h.slice(qi + 1) : "");
    let m;
    if ((m = /^\/article\/(.+)$/.exec(path))) return articlePage(decodeURIComponent(m[1]));
    if ((m = /^\/entity\/(.+)$/.exec(path))) return entityPage(decodeURIComponent(m[1]));
    if (path === "/entities") return entitiesPage(params);
    if (path === "/quotes") return quotesPage(params);
    if (path === "/claims") return claimsPage(params);
    if (path === "/stories") return storiesPage();
    return searchPage(params);
  }

  window.addEventListener("hashchange", route);
  route();
})();
