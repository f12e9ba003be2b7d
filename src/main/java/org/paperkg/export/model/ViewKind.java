package org.paperkg.export.model;

import java.util.List;
import java.util.Locale;

/**
 * The views {@code paperkg export} draws from the graph, with the {@code --param} keys each one
 * takes. Every view also takes {@code listing-year} (see {@link WriteOptions}).
 */
public enum ViewKind {
    /** Papers and the entities they use: a bipartite graph, paper to entity. */
    PAPERS("papers", List.of("types")),
    /** Entities linked when papers use them together, weighted by the number of such papers. */
    COOCCURRENCE("cooccurrence", List.of("types", "min-weight")),
    /** Methods and datasets linked when papers use them together, weighted by the number of papers. */
    METHOD_DATASET("method-dataset", List.of("min-weight")),
    /** The neighbourhood of one entity: papers that use it, what they use, families and comparisons. */
    ENTITY("entity", List.of("entity", "depth", "types")),
    /** Any CONSTRUCT query, or a SELECT with ?source ?target [?weight] columns. */
    QUERY("query", List.of("query"));

    private final String cliName;
    private final List<String> params;

    ViewKind(String cliName, List<String> params) {
        this.cliName = cliName;
        this.params = params;
    }

    /** The name on the command line ({@code method-dataset}). */
    public String cliName() {
        return cliName;
    }

    /**
     * The {@code --param} keys this view reads besides {@code listing-year}; a query view passes
     * every other key on to its query as a variable binding.
     */
    public List<String> params() {
        return params;
    }

    @Override
    public String toString() {
        return cliName;
    }

    public static ViewKind parse(String name) {
        for (ViewKind k : values()) {
            if (k.cliName.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown view '" + name
                + "'; expected one of papers, cooccurrence, method-dataset, entity, query");
    }
}
