// paperkg's chart view for Yasr, which ships none: a result of two columns, a label and a number, drawn
// as SVG, in the style of the server's Analytics charts (serve/analytics BarChart and LineChart):
// horizontal bars, one per row; or a line when every label is a year, a month or a date, in time order.
// Elements and presentation attributes only, so it runs under the Content-Security-Policy.
// Registers itself as the Yasr plugin "chart"; loaded after /static/yasgui.js.
(function () {
  "use strict";
  if (!window.Yasgui) { return; }
  var Yasr = window.Yasgui.Yasr;
  var SVG = "http://www.w3.org/2000/svg";
  var FILL = "#4e79a7", NEGATIVE = "#e15759", INK = "#222", MUTED = "#555", AXIS = "#999";
  var MAX_ROWS = 200;
  var TIME = /^\d{4}(-\d{2}(-\d{2})?)?([T ].*)?$/;

  /** {label, value, points} of a two-column result with a number in one column (the second, if both), or null. */
  function series(results) {
    if (!results || !results.getBindings) { return null; }
    var vars = results.getVariables(), rows = results.getBindings() || [];
    if (vars.length !== 2 || rows.length === 0 || rows.length > MAX_ROWS) { return null; }
    var numeric = [0, 1].filter(function (i) {
      return rows.every(function (b) { return b[vars[i]] && isFinite(parseFloat(b[vars[i]].value)) && b[vars[i]].type !== "uri"; });
    });
    if (numeric.length === 0) { return null; }
    var v = numeric[numeric.length - 1], l = 1 - v;
    return {
      label: vars[l],
      value: vars[v],
      points: rows.map(function (b) {
        var term = b[vars[l]];
        return { label: term ? term.value : "", value: parseFloat(b[vars[v]].value) };
      })
    };
  }

  function el(name, attrs, text) {
    var e = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function tip(e, text) {
    e.appendChild(el("title", {}, text));
    return e;
  }

  function svg(width, height, title) {
    var s = el("svg", { width: width, height: height, viewBox: "0 0 " + width + " " + height, role: "img",
        "aria-label": title, "font-family": "sans-serif", "font-size": 12 });
    s.appendChild(el("title", {}, title));
    return s;
  }

  function number(v) {
    return Math.abs(v) >= 1000 || v === Math.round(v) ? v.toLocaleString("en") : v.toLocaleString("en", { maximumFractionDigits: 3 });
  }

  function shorten(text, max) {
    return text.length <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** Horizontal bars, labels on the left; negative values grow left from the zero line. */
  function bars(s, label) {
    var LABEL = 230, PLOT = 420, ROW = 22, TOP = 28;
    var lo = Math.min(0, Math.min.apply(null, s.points.map(function (p) { return p.value; })));
    var hi = Math.max(0, Math.max.apply(null, s.points.map(function (p) { return p.value; })));
    if (hi === lo) { hi = lo + 1; }
    var x = function (v) { return LABEL + (v - lo) / (hi - lo) * PLOT; };
    var height = TOP + ROW * s.points.length + 12;
    var out = svg(LABEL + PLOT + 60, height, s.value + " by " + s.label);
    out.appendChild(el("text", { x: LABEL, y: 16, "text-anchor": "start", fill: MUTED }, s.value));
    out.appendChild(el("line", { x1: x(0), y1: TOP - 4, x2: x(0), y2: height - 8, stroke: AXIS }));
    s.points.forEach(function (p, i) {
      var y = TOP + i * ROW, end = x(p.value), name = label(p.label);
      out.appendChild(el("text", { x: LABEL - 8, y: y + 15, "text-anchor": "end", fill: INK }, shorten(name, 34)));
      out.appendChild(tip(el("rect", { x: Math.min(x(0), end), y: y + 3, width: Math.abs(end - x(0)), height: ROW - 6,
          fill: p.value < 0 ? NEGATIVE : FILL, "class": "bar" }), name + ": " + number(p.value)));
      out.appendChild(el("text", { x: p.value < 0 ? end - 4 : end + 4, y: y + 15, "text-anchor": p.value < 0 ? "end" : "start",
          fill: INK }, number(p.value)));
    });
    return out;
  }

  /** A line through the points in time order, the time labels under the axis. */
  function line(s) {
    var LEFT = 72, RIGHT = 20, TOP = 24, BOTTOM = 72, PLOT_HEIGHT = 220, STEP = Math.max(14, Math.min(48, 640 / s.points.length));
    var points = s.points.slice().sort(function (a, b) { return a.label < b.label ? -1 : a.label > b.label ? 1 : 0; });
    var lo = Math.min(0, Math.min.apply(null, points.map(function (p) { return p.value; })));
    var hi = Math.max.apply(null, points.map(function (p) { return p.value; }));
    if (hi === lo) { hi = lo + 1; }
    var width = LEFT + STEP * Math.max(1, points.length - 1) + RIGHT + 20;
    var y = function (v) { return TOP + PLOT_HEIGHT - (v - lo) / (hi - lo) * PLOT_HEIGHT; };
    var x = function (i) { return LEFT + 10 + i * STEP; };
    var out = svg(width, TOP + PLOT_HEIGHT + BOTTOM, s.value + " over " + s.label);
    out.appendChild(el("line", { x1: LEFT, y1: y(lo), x2: width - RIGHT, y2: y(lo), stroke: AXIS }));
    out.appendChild(el("line", { x1: LEFT, y1: TOP, x2: LEFT, y2: y(lo), stroke: AXIS }));
    [lo, (lo + hi) / 2, hi].forEach(function (v) {
      out.appendChild(el("text", { x: LEFT - 6, y: y(v) + 4, "text-anchor": "end", fill: MUTED }, number(v)));
    });
    out.appendChild(el("text", { x: LEFT, y: 14, "text-anchor": "start", fill: MUTED }, s.value));
    out.appendChild(el("polyline", { fill: "none", "stroke-width": 2, stroke: FILL,
        points: points.map(function (p, i) { return x(i) + "," + y(p.value); }).join(" ") }));
    var every = Math.ceil(points.length / 24);
    points.forEach(function (p, i) {
      out.appendChild(tip(el("circle", { cx: x(i), cy: y(p.value), r: 3, fill: FILL, "class": "point" }),
          p.label + ": " + number(p.value)));
      if (i % every === 0) {
        out.appendChild(el("text", { x: x(i), y: y(lo) + 14, "text-anchor": "end", fill: INK,
            transform: "rotate(-45 " + x(i) + " " + (y(lo) + 14) + ")" }, p.label.substring(0, 10)));
      }
    });
    return out;
  }

  function Chart(yasr) {
    this.yasr = yasr;
    this.label = "Chart";
    this.priority = 5;  // below the table (10): chosen by a click, never instead of the table
  }

  Chart.prototype.canHandleResults = function () {
    return series(this.yasr.results) !== null;
  };

  Chart.prototype.draw = function () {
    var s = series(this.yasr.results);
    var prefixes = this.yasr.getPrefixes();
    var label = function (iri) {
      for (var p in prefixes) {
        if (iri.indexOf(prefixes[p]) === 0) { return p + ":" + iri.substring(prefixes[p].length); }
      }
      return iri;
    };
    var timeline = s.points.every(function (p) { return TIME.test(p.label); });
    this.svg = timeline ? line(s) : bars(s, label);
    var figure = document.createElement("figure");
    figure.className = "yasr-chart";
    figure.appendChild(this.svg);
    this.yasr.resultsEl.appendChild(figure);
    return Promise.resolve();
  };

  Chart.prototype.getIcon = function () {
    var icon = el("svg", { viewBox: "0 0 16 16", width: 16, height: 16, "aria-hidden": "true" });
    [[1, 9, 4, 7], [6, 4, 4, 12], [11, 7, 4, 9]].forEach(function (r) {
      icon.appendChild(el("rect", { x: r[0], y: r[1], width: r[2], height: r[3], fill: "currentColor" }));
    });
    return icon;
  };

  Chart.prototype.download = function (name) {
    var chart = this.svg;
    if (!chart) { return undefined; }
    return {
      getData: function () { return new XMLSerializer().serializeToString(chart); },
      contentType: "image/svg+xml",
      title: "Download the chart (SVG)",
      filename: (name || "chart") + ".svg"
    };
  };

  Yasr.registerPlugin("chart", Chart);
})();
