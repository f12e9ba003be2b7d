package org.paperkg.export.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.paperkg.export.model.ViewGraph.Ranking;

/**
 * What to draw: a view, its parameters, the confidence a link needs, and how far to cut it.
 * Everything is checked here, once, so a view never meets a value it cannot use.
 *
 * <pre>{@code
 * ViewRequest r = new ViewRequest(ViewKind.COOCCURRENCE, Map.of("min-weight", "2"), 0.8, 60,
 *         Ranking.WEIGHT, null);
 * }</pre>
 *
 * @param kind          the view
 * @param params        the view's {@code --param} values, see {@link ViewKind#params()}
 * @param minConfidence keep a paper-to-entity link only when some evidence of it has at least this
 *                      confidence; null keeps every link, with or without evidence
 * @param top           keep the {@code top} highest-ranked nodes, 0 for all
 * @param topBy         how nodes are ranked for {@code top}
 * @param query         the query of a {@link ViewKind#QUERY} view, else null
 */
public record ViewRequest(ViewKind kind, Map<String, String> params, Double minConfidence, int top,
                          Ranking topBy, QuerySource query) {

    /** The query of a query view: a text of the user's, or a query of the catalogue by name. */
    public sealed interface QuerySource {

        /** Where the query comes from, for messages: a file name, or "catalogue query NAME". */
        String origin();

        /** A query text, such as a file's; {@code --param k=v} binds {@code ?k} as it is. */
        record Text(String origin, String text) implements QuerySource {
            public Text {
                Objects.requireNonNull(origin, "origin");
                Objects.requireNonNull(text, "text");
            }
        }

        /**
         * A query of the catalogue ({@code queries/*.rq}); {@code --param k=v} sets its declared
         * parameters, checked and typed by the catalogue's binder, defaults filling the rest.
         */
        record Catalogue(String name) implements QuerySource {
            public Catalogue {
                Objects.requireNonNull(name, "name");
            }

            @Override
            public String origin() {
                return "catalogue query " + name;
            }
        }
    }

    public static final String LISTING_YEAR = "listing-year";

    public ViewRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(topBy, "topBy");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
            throw new ExportUsageException("--min-confidence must be between 0 and 1, got " + minConfidence);
        }
        if (top < 0) {
            throw new ExportUsageException("--top must be 0 (all nodes) or more, got " + top);
        }
        if (kind != ViewKind.QUERY) {
            for (String key : params.keySet()) {
                if (!key.equals(LISTING_YEAR) && !kind.params().contains(key)) {
                    throw new ExportUsageException("view " + kind + " takes no parameter '" + key + "'; it takes "
                            + String.join(", ", kind.params()) + (kind.params().isEmpty() ? "" : ", ") + LISTING_YEAR);
                }
            }
        }
        if ((kind == ViewKind.QUERY) != (query != null)) {
            throw new ExportUsageException(kind == ViewKind.QUERY
                    ? "view query needs a query: --file FILE.rq, or --param query=NAME for a catalogue query"
                    : "only view query takes a query file");
        }
    }

    /** A request with no parameters, no confidence threshold and no cut. */
    public static ViewRequest of(ViewKind kind) {
        return new ViewRequest(kind, Map.of(), null, 0, Ranking.WEIGHT, null);
    }

    public String param(String key) {
        return params.get(key);
    }

    /** An integer parameter in [min, max], or {@code dflt} when absent. */
    public int intParam(String key, int dflt, int min, int max) {
        String v = params.get(key);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw new ExportUsageException("--param " + key + " must be between " + min + " and " + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ExportUsageException("--param " + key + " must be a whole number, got '" + v + "'", e);
        }
    }

    /**
     * The entity types named by {@code --param types=Method,Dataset}, or all four when absent.
     * Papers, results and other node types are not entity types and are refused.
     */
    public Set<NodeType> entityTypes() {
        Set<NodeType> all = EnumSet.of(NodeType.METHOD, NodeType.DATASET, NodeType.METRIC, NodeType.TASK);
        String v = params.get("types");
        if (v == null || v.isBlank()) {
            return all;
        }
        Set<NodeType> chosen = EnumSet.noneOf(NodeType.class);
        for (String part : v.split(",")) {
            NodeType t;
            try {
                t = NodeType.parse(part);
            } catch (IllegalArgumentException e) {
                throw new ExportUsageException("--param types: " + e.getMessage(), e);
            }
            if (!all.contains(t)) {
                throw new ExportUsageException("--param types: '" + part.strip()
                        + "' is not an entity type; expected Method, Dataset, Metric or Task");
            }
            chosen.add(t);
        }
        return chosen;
    }

    /** The writer options the parameters set ({@code listing-year}). */
    public WriteOptions writeOptions() {
        return new WriteOptions(intParam(LISTING_YEAR, WriteOptions.DEFAULT_LISTING_YEAR, 1, 9999));
    }

    /** The parameters a query view binds as variables: all but {@code query} and {@code listing-year}. */
    public Map<String, String> queryBindings() {
        Map<String, String> b = new LinkedHashMap<>(params);
        b.remove("query");
        b.remove(LISTING_YEAR);
        return b;
    }
}
