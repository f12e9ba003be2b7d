package org.paperkg.serve.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.paperkg.query.Sparql;

/**
 * Reads result rows and orders them into leaderboards.
 *
 * <p>A leaderboard compares numbers only where that is meaningful: scores (never deltas) of one
 * metric, best first, where "best" follows the metric's {@code pk:higherIsBetter}; a metric whose
 * direction is unknown is sorted high to low and marked as such by the page.
 */
public final class Results {

    /** The columns the result queries select, in the variable names {@link #row} reads. */
    static final String COLUMNS = """
            ?r ?paper ?title ?date ?m ?mLabel ?hib ?v ?vt ?u ?d ?ds ?dsLabel ?me ?meLabel ?conf ?ev ?sentence""";

    /** The graph pattern that binds {@link #COLUMNS}, given ?paper pk:reportsResult ?r. */
    static final String PATTERN = """
            ?paper pk:reportsResult ?r ; dcterms:title ?title .
            ?r pk:metric ?m ; pk:valueText ?vt .
            OPTIONAL { ?paper dcterms:issued ?issued }
            OPTIONAL { ?paper pk:listingDate ?listed }
            BIND(COALESCE(?issued, ?listed) AS ?date)
            OPTIONAL { ?r pk:value ?v }
            OPTIONAL { ?r pk:unit ?u }
            OPTIONAL { ?r pk:isDelta ?d }
            OPTIONAL { ?m rdfs:label ?mLabel }
            OPTIONAL { ?m pk:higherIsBetter ?hib }
            OPTIONAL { ?r pk:dataset ?ds OPTIONAL { ?ds rdfs:label ?dsLabel } }
            OPTIONAL { ?r pk:method ?me OPTIONAL { ?me rdfs:label ?meLabel } }
            OPTIONAL { ?ev rdf:subject ?paper ; rdf:predicate pk:reportsResult ; rdf:object ?r ; pk:confidence ?conf
                       OPTIONAL { ?ev pk:sentence ?sentence } }
            """;

    private Results() {
    }

    /** One row per result (a result with several evidence nodes keeps the most confident). */
    static List<ResultRow> rows(List<QuerySolution> solutions) {
        Map<String, ResultRow> byIri = new LinkedHashMap<>();
        for (QuerySolution s : solutions) {
            ResultRow r = row(s);
            byIri.merge(r.resultIri(), r, (a, b) -> b.confidence() > a.confidence() ? b : a);
        }
        return new ArrayList<>(byIri.values());
    }

    private static ResultRow row(QuerySolution s) {
        RDFNode v = s.get("v");
        BigDecimal value = null;
        if (v != null && v.isLiteral()) {
            try {
                value = new BigDecimal(v.asLiteral().getLexicalForm());
            } catch (NumberFormatException e) {
                value = null;
            }
        }
        String unit = Sparql.textOf(s, "u");
        return new ResultRow(Sparql.iriOf(s, "r"), Sparql.iriOf(s, "paper"), Sparql.textOf(s, "title"),
                Sparql.textOf(s, "date"), Sparql.iriOf(s, "m"), label(s, "mLabel", "m"), Sparql.booleanOf(s, "hib"), value,
                Sparql.textOf(s, "vt"), unit == null ? "" : unit, Boolean.TRUE.equals(Sparql.booleanOf(s, "d")),
                Sparql.iriOf(s, "ds"), label(s, "dsLabel", "ds"), Sparql.iriOf(s, "me"), label(s, "meLabel", "me"),
                Sparql.doubleOf(s, "conf", Double.NaN), Sparql.iriOf(s, "ev"), Sparql.textOf(s, "sentence"));
    }

    /** The label, or the IRI's last segment when the entity has none. */
    static String label(QuerySolution s, String labelVar, String iriVar) {
        String l = Sparql.textOf(s, labelVar);
        if (l != null) {
            return l;
        }
        String iri = Sparql.iriOf(s, iriVar);
        return iri == null ? null : lastSegment(iri);
    }

    static String lastSegment(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    /** Groups rows into leaderboards keyed by {@code key} (a metric, a dataset), in the order the keys first occur. */
    public static List<Leaderboard> leaderboards(List<ResultRow> rows, Function<ResultRow, String> key) {
        Map<String, List<ResultRow>> groups = new LinkedHashMap<>();
        for (ResultRow r : rows) {
            groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
        }
        List<Leaderboard> out = new ArrayList<>();
        groups.forEach((k, list) -> out.add(Leaderboard.of(k, list)));
        return out;
    }

    /** Scores best first by their metric's direction, then deltas and values that are not numbers. */
    static List<ResultRow> sorted(List<ResultRow> rows) {
        List<ResultRow> scores = new ArrayList<>();
        List<ResultRow> rest = new ArrayList<>();
        for (ResultRow r : rows) {
            (r.delta() || r.value() == null ? rest : scores).add(r);
        }
        scores.sort(Comparator.comparing(Results::sortValue, Comparator.reverseOrder())
                .thenComparing(ResultRow::paperTitle, Comparator.nullsLast(Comparator.naturalOrder())));
        List<ResultRow> out = new ArrayList<>(scores);
        out.addAll(rest);
        return out;
    }

    /** The value signed so that larger is always better: lower-is-better metrics are negated. */
    private static BigDecimal sortValue(ResultRow r) {
        return Boolean.FALSE.equals(r.higherIsBetter()) ? r.value().negate() : r.value();
    }
}
