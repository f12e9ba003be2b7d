package org.paperkg.serve.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.paperkg.query.Sparql;
import org.paperkg.serve.view.PaperView.Comparison;
import org.paperkg.serve.view.PaperView.Fact;
import org.paperkg.serve.view.PaperView.Group;
import org.paperkg.serve.view.PaperView.Mention;
import org.paperkg.serve.view.PaperView.Source;

/** Loads {@link PaperView}s: a handful of SELECTs over the paper's facts and their evidence. */
public final class PaperViews {

    private static final String BASICS = """
            SELECT ?title ?abstract ?issued ?listing ?arxiv WHERE {
              ?paper a pk:Paper ; dcterms:title ?title .
              OPTIONAL { ?paper dcterms:abstract ?abstract }
              OPTIONAL { ?paper dcterms:issued ?issued }
              OPTIONAL { ?paper pk:listingDate ?listing }
              OPTIONAL { ?paper pk:arxivId ?arxiv }
            } LIMIT 1""";

    private static final String CATEGORIES = "SELECT DISTINCT ?c WHERE { ?paper pk:category ?c } ORDER BY ?c";

    private static final String SOURCES = """
            SELECT DISTINCT ?file ?line WHERE { ?paper pk:source ?s . ?s pk:sourceFile ?file ; pk:sourceLine ?line }
            ORDER BY ?file ?line""";

    private static final String FACTS = """
            SELECT ?pred ?o ?label ?conf ?ev ?sentence WHERE {
              VALUES ?pred { pk:proposes pk:usesMethod pk:usesDataset pk:usesMetric pk:addressesTask pk:codeRepository }
              ?paper ?pred ?o .
              OPTIONAL { ?o rdfs:label ?label }
              OPTIONAL { ?ev rdf:subject ?paper ; rdf:predicate ?pred ; rdf:object ?o ; pk:confidence ?conf .
                         OPTIONAL { ?ev pk:sentence ?sentence } }
            }""";

    private static final String MENTIONS = """
            SELECT ?pred ?o ?label ?a ?b ?conf ?ev WHERE {
              ?ev rdf:subject ?paper ; rdf:predicate ?pred ; rdf:object ?o ;
                  pk:section "abstract" ; pk:charStart ?a ; pk:charEnd ?b .
              OPTIONAL { ?ev pk:confidence ?conf }
              OPTIONAL { ?o rdfs:label ?label }
            }""";

    private static final String RESULTS = "SELECT " + Results.COLUMNS + " WHERE {\n" + Results.PATTERN + "}";

    private static final String COMPARISONS = """
            SELECT ?a ?aLabel ?b ?bLabel ?conf ?ev ?sentence WHERE {
              ?ev pk:inPaper ?paper ; rdf:predicate pk:outperforms ; rdf:subject ?a ; rdf:object ?b .
              OPTIONAL { ?ev pk:confidence ?conf }
              OPTIONAL { ?ev pk:sentence ?sentence }
              OPTIONAL { ?a rdfs:label ?aLabel }
              OPTIONAL { ?b rdfs:label ?bLabel }
            }""";

    private final Sparql sparql;

    public PaperViews(Sparql sparql) {
        this.sparql = sparql;
    }

    /** The paper's page content, or null when {@code iri} is not a paper in the store. */
    public PaperView load(String iri) {
        return sparql.read(() -> {
            Map<String, RDFNode> b = Map.of("paper", Sparql.iri(iri));
            List<QuerySolution> basics = sparql.select(BASICS, b);
            if (basics.isEmpty()) {
                return null;
            }
            QuerySolution s = basics.get(0);
            String abstractText = Sparql.textOf(s, "abstract");
            String date = Sparql.textOf(s, "issued");
            if (date == null && s.contains("listing")) {
                date = Sparql.textOf(s, "listing").replaceFirst("^--", "") + " (listing day)";
            }
            List<String> categories = sparql.select(CATEGORIES, b).stream().map(r -> Sparql.textOf(r, "c")).toList();
            List<Source> sources = sparql.select(SOURCES, b).stream()
                    .map(r -> new Source(Sparql.textOf(r, "file"), Sparql.longOf(r, "line"))).toList();
            return new PaperView(iri, Sparql.textOf(s, "title"), abstractText == null ? "" : abstractText, date,
                    Sparql.textOf(s, "arxiv"), categories, mentions(sparql.select(MENTIONS, b), abstractText),
                    facts(sparql.select(FACTS, b)), Results.rows(sparql.select(RESULTS, b)),
                    comparisons(sparql.select(COMPARISONS, b)), sources);
        });
    }

    /** Facts by group: one per linked object, its best evidence, most confident first. */
    static Map<Group, List<Fact>> facts(List<QuerySolution> rows) {
        Map<Group, Map<String, FactBuilder>> byGroup = new EnumMap<>(Group.class);
        for (QuerySolution r : rows) {
            Group g = Group.of(Sparql.iriOf(r, "pred"));
            String object = Sparql.iriOf(r, "o");
            if (g == null || object == null) {
                continue;
            }
            String label = g == Group.CODE ? object : Results.label(r, "label", "o");
            byGroup.computeIfAbsent(g, k -> new LinkedHashMap<>())
                    .computeIfAbsent(object, o -> new FactBuilder(o, label))
                    .add(label, Sparql.iriOf(r, "ev"), Sparql.doubleOf(r, "conf", Double.NaN), Sparql.textOf(r, "sentence"));
        }
        Map<Group, List<Fact>> out = new EnumMap<>(Group.class);
        byGroup.forEach((g, m) -> out.put(g, m.values().stream().map(FactBuilder::build)
                .sorted(Comparator.comparingDouble((Fact f) -> Double.isNaN(f.confidence()) ? -1 : f.confidence()).reversed()
                        .thenComparing(Fact::label, String.CASE_INSENSITIVE_ORDER))
                .toList()));
        return out;
    }

    /** Gathers the rows of one fact: its smallest label, its distinct evidence, the most confident one. */
    private static final class FactBuilder {
        private final String object;
        private String label;
        private final java.util.Set<String> evidence = new java.util.HashSet<>();
        private String bestEvidence;
        private String bestSentence;
        private double best = Double.NaN;

        FactBuilder(String object, String label) {
            this.object = object;
            this.label = label;
        }

        void add(String otherLabel, String ev, double conf, String sentence) {
            if (otherLabel != null && otherLabel.compareTo(label) < 0) {
                label = otherLabel;
            }
            if (ev == null) {
                return;
            }
            evidence.add(ev);
            if (Double.isNaN(best) || conf > best || (conf == best && ev.compareTo(bestEvidence) < 0)) {
                best = conf;
                bestEvidence = ev;
                bestSentence = sentence;
            }
        }

        Fact build() {
            return new Fact(object, label, best, bestEvidence, bestSentence, evidence.size());
        }
    }

    /** Mentions inside the abstract, ordered, overlaps dropped (the earlier, then the longer, wins). */
    static List<Mention> mentions(List<QuerySolution> rows, String abstractText) {
        int length = abstractText == null ? 0 : abstractText.length();
        List<Mention> all = new ArrayList<>();
        for (QuerySolution r : rows) {
            int a = (int) Sparql.longOf(r, "a");
            int b = (int) Sparql.longOf(r, "b");
            if (a < 0 || b <= a || b > length) {
                continue;
            }
            String object = Sparql.iriOf(r, "o");
            all.add(new Mention(a, b, Sparql.iriOf(r, "pred"), object, Results.label(r, "label", "o"),
                    Sparql.doubleOf(r, "conf", Double.NaN), Sparql.iriOf(r, "ev")));
        }
        all.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end).reversed())
                .thenComparing(m -> m.property() == null ? "" : m.property()));
        List<Mention> kept = new ArrayList<>();
        int reached = 0;
        for (Mention m : all) {
            if (m.start() >= reached) {
                kept.add(m);
                reached = m.end();
            }
        }
        return List.copyOf(kept);
    }

    private static List<Comparison> comparisons(List<QuerySolution> rows) {
        Map<String, Comparison> byPair = new LinkedHashMap<>();
        for (QuerySolution r : rows) {
            Comparison c = new Comparison(Sparql.iriOf(r, "a"), Results.label(r, "aLabel", "a"), Sparql.iriOf(r, "b"),
                    Results.label(r, "bLabel", "b"), Sparql.doubleOf(r, "conf", Double.NaN), Sparql.iriOf(r, "ev"),
                    Sparql.textOf(r, "sentence"));
            byPair.merge(c.better() + " " + c.baseline(), c, (x, y) -> y.confidence() > x.confidence() ? y : x);
        }
        return List.copyOf(byPair.values());
    }
}
