// paperkg query page: runs the query against /kg/sparql and draws the results in place.
// Without this script the page still works: the form is a GET to /query, answered by the server.
(function () {
  "use strict";
  var form = document.getElementById("query-form");
  var area = document.getElementById("query");
  var results = document.getElementById("results");
  var status = document.getElementById("query-status");
  var examples = document.getElementById("example");
  if (!form || !area || !results || !window.fetch) { return; }

  if (examples) {
    examples.addEventListener("change", function () {
      var option = examples.options[examples.selectedIndex];
      if (option && option.dataset.query) { area.value = option.dataset.query; }
    });
  }

  function cell(term) {
    var td = document.createElement("td");
    if (!term) { return td; }
    if (term.type === "uri") {
      var a = document.createElement("a");
      a.href = localHref(term.value);
      a.textContent = term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.value;  // text, never markup
      if (term["xml:lang"]) { td.appendChild(note(" @" + term["xml:lang"])); }
    }
    return td;
  }

  function note(text) {
    var span = document.createElement("span");
    span.className = "dt";
    span.textContent = text;
    return span;
  }

  // IRIs under the resource base are served here; the results section names the base in a data attribute.
  function localHref(iri) {
    var base = results.dataset.resourceBase;
    if (base && iri.indexOf(base) === 0) { return "/resource/" + iri.substring(base.length); }
    if (iri.indexOf("https://w3id.org/paperkg/ontology") === 0) { return "/ontology" + iri.substring(33); }
    return /^https?:/.test(iri) ? iri : "#";
  }

  function show(json, millis) {
    results.textContent = "";
    var p = document.createElement("p");
    p.className = "note";
    if (typeof json.boolean === "boolean") {
      p.className = "answer";
      p.textContent = json.boolean ? "Yes (true)" : "No (false)";
      results.appendChild(p);
      return;
    }
    var vars = json.head.vars, rows = json.results.bindings;
    p.textContent = rows.length + (rows.length === 1 ? " row" : " rows") + " in " + millis + " ms.";
    results.appendChild(p);
    var wrap = document.createElement("div");
    wrap.className = "scroll";
    var table = document.createElement("table");
    table.className = "sparql";
    var head = table.createTHead().insertRow();
    vars.forEach(function (v) { var th = document.createElement("th"); th.textContent = v; head.appendChild(th); });
    var body = table.createTBody();
    rows.forEach(function (b) {
      var tr = body.insertRow();
      vars.forEach(function (v) { tr.appendChild(cell(b[v])); });
    });
    wrap.appendChild(table);
    results.appendChild(wrap);
  }

  function fail(message) {
    results.textContent = "";
    var p = document.createElement("p");
    p.className = "error";
    p.setAttribute("role", "alert");
    p.textContent = message;
    results.appendChild(p);
  }

  form.addEventListener("submit", function (event) {
    var text = area.value;
    if (!/^\s*(PREFIX[^\n]*\n\s*)*(SELECT|ASK)/i.test(text.replace(/#[^\n]*\n/g, "\n"))) {
      return;  // CONSTRUCT and DESCRIBE: let the server draw the triples
    }
    event.preventDefault();
    status.textContent = "Running…";
    var started = Date.now();
    fetch("/kg/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded",
                 "Accept": "application/sparql-results+json" },
      body: new URLSearchParams({ query: text })
    }).then(function (response) {
      return response.text().then(function (body) {
        status.textContent = "";
        if (!response.ok) { fail("HTTP " + response.status + ": " + body.trim()); return; }
        show(JSON.parse(body), Date.now() - started);
        history.replaceState(null, "", "/query?query=" + encodeURIComponent(text));
      });
    }).catch(function (e) { status.textContent = ""; fail("The request failed: " + e); });
  });
})();
