// rasd map page. Reads the same JSON API as everyone else (/api/events, /api/stats,
// /api/events/{id}); builds the DOM with textContent only — article text, names and
// every other value from the data are never parsed as HTML.
"use strict";
(function () {
  const I18N = window.RASD_I18N, COLOURS = window.RASD_COLOURS;
  const state = {lang: "ar", cursor: null, items: [], stats: null, brush: null};
  const $ = (id) => document.getElementById(id);

  function t(key) { return I18N[state.lang][key] || key; }
  function typeLabel(type) { return (I18N[state.lang].types || {})[type] || type; }

  // el("li", {class: "x", "data-id": id}, "text", child…): never uses innerHTML.
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v; else node.setAttribute(k, String(v));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === "string" || typeof child === "number"
        ? document.createTextNode(String(child)) : child);
    }
    return node;
  }

  // ---- filters -------------------------------------------------------------------------
  function filterParams({withDates = true} = {}) {
    const p = new URLSearchParams();
    const add = (name, value) => { if (value) p.set(name, value); };
    add("type", $("f-type").value);
    if (withDates) { add("from", $("f-from").value); add("to", $("f-to").value); }
    add("country", $("f-country").value.trim().toUpperCase());
    add("actor", $("f-actor").value.trim());
    add("q", $("f-q").value.trim());
    if ($("f-count").checked) p.set("has_count", "true");
    return p;
  }

  async function getJSON(url) {
    const response = await fetch(url, {headers: {Accept: "application/json"}});
    // a proxy's HTML error page is no JSON: its status, not "Unexpected token '<'"
    const data = await response.json().catch(() => null);
    if (!response.ok || data === null) throw new Error((data && data.error) || `${response.status} ${response.statusText}`);
    return data;
  }

  // ---- map -----------------------------------------------------------------------------
  const map = L.map("map", {worldCopyJump: true, zoomSnap: 0.5, minZoom: 2, maxZoom: 12}).setView([30, 40], 4);
  // No tile server at run time: a vendored outline of the region's countries (Natural Earth
  // 1:110m via world-atlas) over a plain graticule.
  for (let lat = -80; lat <= 80; lat += 10) {
    L.polyline([[lat, -180], [lat, 180]], {color: "#c3d3de", weight: 1, interactive: false}).addTo(map);
  }
  for (let lon = -180; lon <= 180; lon += 10) {
    L.polyline([[-85, lon], [85, lon]], {color: "#c3d3de", weight: 1, interactive: false}).addTo(map);
  }
  fetch("/static/vendor/basemap.json").then((r) => r.json()).then((geo) => {
    L.geoJSON(geo, {interactive: false, style: {color: "#9aaab6", weight: 1, fillColor: "#f6f3ea", fillOpacity: 1}})
      .addTo(map).bringToBack();
  }).catch(() => {});  // the map still works without its outline
  const cluster = L.markerClusterGroup({showCoverageOnHover: false, maxClusterRadius: 40});
  map.addLayer(cluster);

  function markerFor(item) {
    const icon = L.divIcon({className: "ev-marker", iconSize: [16, 16], html: ""});
    const marker = L.marker([item.place.lat, item.place.lon], {icon, title: typeLabel(item.type)});
    marker.on("add", () => {
      const node = marker.getElement();
      if (!node) return;
      node.style.background = COLOURS[item.type] || "#555";
      node.dataset.id = item.id;
      node.dataset.type = item.type;
    });
    marker.on("click", () => showEvent(item.id));
    return marker;
  }

  function drawMarkers() {
    cluster.clearLayers();
    const markers = state.items.filter((i) => i.place.lat !== null && i.place.lon !== null).map(markerFor);
    cluster.addLayers(markers);
    // (no animation: markers the clusterer redraws mid-zoom would drop a click on them)
    if (markers.length) map.fitBounds(cluster.getBounds().pad(0.3), {maxZoom: 7, animate: false});
  }

  function drawLegend() {
    const box = $("legend");
    box.replaceChildren();
    const types = state.stats ? Object.keys(state.stats.by_type) : [];
    for (const type of types) {
      box.appendChild(el("span", {class: "legend-item"},
        el("i", {class: "swatch", style: `background:${COLOURS[type] || "#555"}`}), typeLabel(type)));
    }
  }

  // ---- list ----------------------------------------------------------------------------
  function countText(counts) {
    return Object.entries(counts || {}).map(([k, c]) => `${t(k)}: ${c.value}`).join("، ");
  }

  function drawList() {
    const list = $("list");
    list.replaceChildren();
    for (const item of state.items) {
      const li = el("li", {class: "ev-item", "data-id": item.id, "data-type": item.type, tabindex: 0},
        el("b", {style: `color:${COLOURS[item.type] || "#555"}`}, typeLabel(item.type)),
        " ", el("span", {class: "date"}, item.date || t("unknown")),
        " — ", el("span", {class: "place"}, item.place.name || t("unknown")),
        el("div", {class: "counts"}, countText(item.counts)));
      li.addEventListener("click", () => showEvent(item.id));
      li.addEventListener("keydown", (e) => { if (e.key === "Enter") showEvent(item.id); });
      list.appendChild(li);
    }
    $("more").hidden = !state.cursor;
    const total = state.stats ? state.stats.events : state.items.length;
    $("summary").textContent = `${total} ${t("events")}`;
  }

  // ---- timeline with a date brush --------------------------------------------------------
  function drawTimeline() {
    const canvas = $("timeline");
    const width = canvas.clientWidth || 600;
    canvas.width = width;
    const ctx = canvas.getContext("2d");
    ctx.clearRect(0, 0, width, canvas.height);
    const days = Object.entries((state.timelineStats && state.timelineStats.by_date) || {})
      .filter(([d]) => /^\d{4}-\d{2}-\d{2}$/.test(d));
    state.timeline = null;
    if (!days.length) return;
    const t0 = Date.parse(days[0][0]), t1 = Date.parse(days[days.length - 1][0]) + 86400000;
    const max = Math.max(...days.map(([, n]) => n));
    const x = (ms) => 10 + (width - 20) * (ms - t0) / (t1 - t0);
    const barWidth = Math.max(2, (width - 20) * 86400000 / (t1 - t0) - 1);
    ctx.fillStyle = "#2c3e50";
    for (const [day, n] of days) {
      const h = (canvas.height - 20) * n / max;
      ctx.fillRect(x(Date.parse(day)), canvas.height - 12 - h, barWidth, h);
    }
    ctx.fillStyle = "#555";
    ctx.font = "11px sans-serif";
    ctx.fillText(days[0][0], 10, canvas.height - 1);
    ctx.fillText(days[days.length - 1][0], width - 80, canvas.height - 1);
    state.timeline = {t0, t1, x, ms: (px) => t0 + (px - 10) / (width - 20) * (t1 - t0)};
    if (state.brush) {
      ctx.fillStyle = "rgba(41, 128, 185, 0.25)";
      ctx.fillRect(Math.min(...state.brush), 0, Math.abs(state.brush[1] - state.brush[0]), canvas.height);
    }
  }

  function isoDay(ms) { return new Date(ms).toISOString().slice(0, 10); }

  function setupBrush() {
    const canvas = $("timeline");
    let start = null;
    const px = (e) => e.clientX - canvas.getBoundingClientRect().left;
    canvas.addEventListener("mousedown", (e) => { start = px(e); state.brush = [start, start]; });
    canvas.addEventListener("mousemove", (e) => {
      if (start === null) return;
      state.brush = [start, px(e)];
      drawTimeline();
    });
    window.addEventListener("mouseup", (e) => {
      if (start === null) return;
      const end = px(e);
      const tl = state.timeline;
      start = null;
      if (!tl || Math.abs(end - state.brush[0]) < 3) { state.brush = null; drawTimeline(); return; }
      const [a, b] = [Math.min(state.brush[0], end), Math.max(state.brush[0], end)];
      $("f-from").value = isoDay(Math.max(tl.t0, tl.ms(a)));
      $("f-to").value = isoDay(Math.min(tl.t1 - 1, tl.ms(b)));
      load();
    });
    $("clear-brush").addEventListener("click", () => {
      state.brush = null; $("f-from").value = ""; $("f-to").value = ""; load();
    });
  }

  // ---- event panel ---------------------------------------------------------------------
  // Split the article at every span boundary; each piece is a text node inside <mark>s
  // for the evidence roles that cover it, so overlapping spans never build markup from text.
  function highlighted(text, spans) {
    const cuts = new Set([0, text.length]);
    for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].sort((a, b) => a - b);
    const frag = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const roles = spans.filter((s) => s.start <= a && b <= s.end).map((s) => s.role);
      const piece = text.slice(a, b);
      if (!roles.length) { frag.appendChild(document.createTextNode(piece)); continue; }
      const evidence = roles.filter((r) => r !== "sentence");
      const classes = (roles.includes("sentence") ? ["ev-sentence"] : [])
        .concat(evidence.map((r) => "ev-" + r.replace(/[^a-z]/g, "-")));
      const node = evidence.length
        ? el("mark", {class: classes.join(" "), title: evidence.join(", ")}, piece)
        : el("span", {class: classes.join(" ")}, piece);
      frag.appendChild(node);
    }
    return frag;
  }

  function fact(dl, label, value) {
    dl.appendChild(el("dt", {}, label));
    dl.appendChild(el("dd", {}, value || "—"));
  }

  async function showEvent(id) {
    let ev;
    try {
      ev = await getJSON("/api/events/" + encodeURIComponent(id));
    } catch (err) {
      // a deep link (?event=…) to an event not stored, or one gone since the list was drawn:
      // the panel says so, where the rejection went unhandled and nothing happened
      $("panel").hidden = false;
      delete $("panel").dataset.id;
      $("ev-title").textContent = String(err.message || err);
      for (const part of ["ev-facts", "ev-sources", "ev-article"]) $(part).replaceChildren();
      $("ev-conflicts").hidden = true;
      return;
    }
    $("panel").hidden = false;
    $("panel").dataset.id = ev.id;
    $("ev-title").textContent = `${typeLabel(ev.type)}${ev.mode ? " · " + ev.mode : ""}`;
    const dl = $("ev-facts");
    dl.replaceChildren();
    fact(dl, t("date"), ev.date ? `${ev.date}${ev.date_end ? " – " + ev.date_end : ""} (${ev.time_precision})` : t("unknown"));
    fact(dl, t("place"), [ev.place.name, ev.place.name_en, ev.place.admin1, ev.place.country].filter(Boolean).join(" · "));
    fact(dl, t("counts"), countText(ev.counts) || t("none"));
    fact(dl, t("claimant"), ev.claimant ? ev.claimant + (ev.hedged ? ` (${t("hedged")})` : "") : ev.outlet);
    fact(dl, t("cluster"), String(ev.cluster.size));
    const conflicts = Object.entries(ev.conflicts || {});
    $("ev-conflicts").hidden = !conflicts.length;
    const body = $("ev-conflicts").querySelector("tbody");
    body.replaceChildren();
    for (const [key, claims] of conflicts) {
      for (const c of claims) {
        body.appendChild(el("tr", {class: "conflict"}, el("td", {}, t(key)), el("td", {}, String(c.value)),
          el("td", {}, c.qualifier), el("td", {}, c.claimant || "—"), el("td", {}, c.outlet || "—")));
      }
    }
    const sources = $("ev-sources");
    sources.replaceChildren();
    for (const s of ev.sources) {
      const label = `${s.outlet || "—"}: ${s.title || s.doc_id}`;
      // Only http(s) links: a stored url like "javascript:…" is shown as text, not linked.
      const safe = s.url && /^https?:\/\//i.test(s.url);
      sources.appendChild(el("li", {}, safe ? el("a", {href: s.url, rel: "noopener noreferrer", target: "_blank"}, label) : label));
    }
    const spans = ev.evidence.slice();
    if (ev.sentence_span) spans.push({...ev.sentence_span, role: "sentence"});
    const article = $("ev-article");
    article.replaceChildren(highlighted(ev.document.text, spans));
    document.querySelectorAll(".ev-item.selected").forEach((n) => n.classList.remove("selected"));
    const li = document.querySelector(`.ev-item[data-id="${CSS.escape(ev.id)}"]`);
    if (li) li.classList.add("selected");
  }

  // ---- loading ---------------------------------------------------------------------------
  function exportLinks() {
    const params = filterParams().toString();
    document.querySelectorAll("#exports a").forEach((a) => {
      a.href = `/api/export.${a.dataset.fmt}${params ? "?" + params : ""}`;
    });
  }

  async function load() {
    const params = filterParams();
    params.set("limit", "500");
    const [events, stats, span] = await Promise.all([
      getJSON("/api/events?" + params), getJSON("/api/stats?" + filterParams()),
      getJSON("/api/stats?" + filterParams({withDates: false}))]);
    state.items = events.items;
    state.cursor = events.next_cursor;
    state.stats = stats;
    state.timelineStats = span;
    // The timeline shows the whole span (dates unfiltered), so the brush can widen again.
    drawList(); drawMarkers(); drawLegend(); drawTimeline();
    exportLinks();
    document.body.dataset.loaded = String(Date.now());
  }

  async function more() {
    const params = filterParams();
    params.set("limit", "500");
    params.set("cursor", state.cursor);
    const page = await getJSON("/api/events?" + params);
    state.items = state.items.concat(page.items);
    state.cursor = page.next_cursor;
    drawList(); drawMarkers();
  }

  function applyLanguage() {
    const lang = state.lang;
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
    document.querySelectorAll("[data-i18n]").forEach((n) => { n.textContent = t(n.dataset.i18n); });
    $("lang").textContent = t("lang_button");
    const select = $("f-type");
    const current = select.value;
    select.replaceChildren(el("option", {value: ""}, t("all")));
    for (const type of Object.keys(COLOURS)) select.appendChild(el("option", {value: type}, typeLabel(type)));
    select.value = current;
  }

  $("filters").addEventListener("submit", (e) => { e.preventDefault(); load(); });
  $("f-type").addEventListener("change", load);
  $("reset-filters").addEventListener("click", () => { $("filters").reset(); state.brush = null; load(); });
  $("more").addEventListener("click", more);
  $("close").addEventListener("click", () => { $("panel").hidden = true; });
  $("lang").addEventListener("click", () => {
    state.lang = state.lang === "ar" ? "en" : "ar";
    applyLanguage(); drawList(); drawLegend();
  });
  window.addEventListener("resize", drawTimeline);
  setupBrush();
  applyLanguage();
  load().catch((err) => { $("summary").textContent = String(err.message || err); });
  window.rasdShowEvent = showEvent;  // for tests and deep links
  const deep = new URLSearchParams(location.search).get("event");
  if (deep) showEvent(deep);
})();
