// paperkg query page with YASGUI: Yasqe in place of the text area, Yasr in place of the table.
// Loaded after /static/yasgui.js (the npm bundle) and /static/yasr-chart.js. Without them, or without
// JavaScript, the page's plain form still runs queries on the server.
(function () {
  "use strict";
  var mount = document.getElementById("yasgui");
  var form = document.getElementById("query-form");
  var area = document.getElementById("query");
  var serverResults = document.getElementById("results");
  var examples = document.getElementById("example");
  if (!mount || !form || !area || !window.Yasgui) { return; }
  var Yasqe = window.Yasgui.Yasqe, Yasr = window.Yasgui.Yasr;
  var prefixes = JSON.parse(mount.dataset.prefixes || "{}");
  var base = mount.dataset.resourceBase;

  // Yasr's table resizes its columns with ColumnResizer, which adds its rules as <style> elements; the
  // Content-Security-Policy refuses those (and reports each refusal), so they are not inserted here:
  // paperkg.css carries the same rules. Only the head of this page is affected, nothing else.
  var appendToHead = document.head.appendChild;
  document.head.appendChild = function (node) {
    return node && node.tagName === "STYLE" ? node : appendToHead.call(document.head, node);
  };

  // Completion from this server, never from another site (the CSP allows only 'self' anyway): the
  // bundled prefix list with paperkg's own first, and the ontology's classes and properties instead of
  // the Linked Open Vocabularies service Yasqe asks by default. The same list lets Yasqe add the PREFIX line
  // of a prefixed name typed without one (the endpoint, unlike the plain page, predeclares none).
  var bundledPrefixes = Yasqe.Autocompleters.prefixes;
  Yasqe.registerAutocompleter(Object.assign({}, bundledPrefixes, {
    persistenceId: null,
    get: function (yasqe) {
      var own = Object.keys(prefixes).map(function (p) { return p + ": <" + prefixes[p] + ">"; });
      return bundledPrefixes.get(yasqe).then(function (all) {
        return own.concat(all.filter(function (line) { return !(line.substring(0, line.indexOf(":")) in prefixes); }));
      });
    }
  }));
  Yasqe.registerAutocompleter(localTerms("property",
      "VALUES ?kind { rdf:Property owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty }"));
  Yasqe.registerAutocompleter(localTerms("class", "VALUES ?kind { owl:Class rdfs:Class }"));

  function localTerms(name, kinds) {
    var query = "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
        + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
        + "SELECT DISTINCT ?term WHERE { " + kinds + " ?term a ?kind FILTER(isIRI(?term)) } ORDER BY ?term LIMIT 5000";
    return Object.assign({}, Yasqe.Autocompleters[name], {
      bulk: true,
      autoShow: false,
      persistenceId: null,
      get: function () {
        return fetch("/kg/sparql", {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json" },
          body: new URLSearchParams({ query: query })
        }).then(function (r) { return r.ok ? r.json() : { results: { bindings: [] } }; })
          .then(function (json) { return json.results.bindings.map(function (b) { return b.term.value; }); });
      }
    });
  }

  mount.hidden = false;
  form.hidden = true;

  var yasqe = new Yasqe(document.getElementById("yasqe"), {
    value: area.value,
    persistenceId: null,          // the page's query (the starter, an example, ?query=) wins over a stored one
    consumeShareLink: null,
    createShareableLink: null,
    editorHeight: "22rem",
    requestConfig: {
      endpoint: "/kg/sparql",
      method: "POST",
      acceptHeaderSelect: "application/sparql-results+json",
      acceptHeaderGraph: "text/turtle"
    }
  });
  declareUsedPrefixes(yasqe);
  Yasr.plugins.table.defaults.openIriInNewWindow = false;  // links open here, on this server's pages
  var yasr = new Yasr(document.getElementById("yasr"), {
    persistenceId: null,
    prefixes: prefixes,
    pluginOrder: ["table", "chart", "response"],
    defaultPlugin: "table",
    getDownloadFileName: function () { return "paperkg-results"; }
  });
  yasqe.on("queryResponse", function (editor, response, duration) {
    if (serverResults) { serverResults.hidden = true; }  // results the server drew for ?query=, until now
    yasr.setResponse(response, duration);
    history.replaceState(null, "", "/query?query=" + encodeURIComponent(editor.getValue()));
  });

  // The plain page predeclares paperkg's prefixes, the endpoint does not: a query that came without its
  // PREFIX lines (a link to /query?query=...) gets those of paperkg's prefixes it uses.
  function declareUsedPrefixes(editor) {
    var declared = editor.getPrefixesFromQuery(), missing = {};
    (editor.getValue().match(/(^|[\s(\/^|{;,.])([A-Za-z][\w-]*):/g) || []).forEach(function (m) {
      var name = m.replace(/^[\s(\/^|{;,.]/, "").slice(0, -1);
      if (prefixes[name] && !(name in declared)) { missing[name] = prefixes[name]; }
    });
    if (Object.keys(missing).length > 0) { editor.addPrefixes(missing); }
  }

  if (examples) {
    examples.addEventListener("change", function () {
      var option = examples.options[examples.selectedIndex];
      if (option && option.dataset.query) { yasqe.setValue(option.dataset.query); }
    });
    examples.form.addEventListener("submit", function (event) {
      event.preventDefault();  // the example is already in the editor
      yasqe.focus();
    });
  }

  // IRIs under the resource base are served here: Yasr's links to them lead to their pages on this server.
  var yasrEl = document.getElementById("yasr");
  function localLinks() {
    yasrEl.querySelectorAll("a[href^='http']").forEach(function (a) {
      var iri = a.getAttribute("href");
      if (base && iri.indexOf(base) === 0) {
        a.setAttribute("href", "/resource/" + iri.substring(base.length));
      } else if (iri.indexOf("https://w3id.org/paperkg/ontology") === 0) {
        a.setAttribute("href", "/ontology" + iri.substring(33));
      }
    });
  }
  new MutationObserver(localLinks).observe(yasrEl, { childList: true, subtree: true });

})();
