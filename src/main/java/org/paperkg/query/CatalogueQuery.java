package org.paperkg.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;

/**
 * One query of the catalogue: its header (title, description, parameters, chart, examples)
 * and its SPARQL text, which declares its own prefixes so that it runs as it stands in any
 * SPARQL editor once its parameter variables are given values.
 *
 * @param name        the file name without {@code .rq}
 * @param title       one line
 * @param description what the query answers, one paragraph
 * @param parameters  in header order
 * @param chart       what the Analytics page draws, {@link ChartSpec#NONE} for a table only
 * @param examples    command lines, as written in {@code # example:} lines
 * @param statistics  what the {@code # statistics:} line says the query reads from the statistics graph,
 *                    empty when it aggregates live only ({@link #readsStatistics})
 * @param sparql      the whole file text, header included
 */
public record CatalogueQuery(String name, String title, String description, List<QueryParameter> parameters,
        ChartSpec chart, List<String> examples, String statistics, String sparql) {

    public CatalogueQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sparql, "sparql");
        parameters = List.copyOf(parameters);
        examples = List.copyOf(examples);
        chart = chart == null ? ChartSpec.NONE : chart;
        statistics = statistics == null || statistics.startsWith("none") ? "" : statistics;
    }

    /**
     * Whether the query has a branch that reads the statistics graph, chosen by the variable
     * {@code ?statistics} that the binder sets ({@link StatisticsProbe}).
     */
    public boolean readsStatistics() {
        return !statistics.isEmpty();
    }

    /** The parameter called {@code name}, if declared. */
    public Optional<QueryParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * A fresh parse of the SPARQL text (Jena queries are mutable, so every run gets its own).
     *
     * @param predeclared prefixes available without PREFIX lines; the catalogue's own queries
     *                    declare theirs and pass an empty mapping
     */
    public Query parse(PrefixMapping predeclared) {
        Query q = new Query();
        q.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(predeclared));
        return QueryFactory.parse(q, sparql, null, Syntax.syntaxSPARQL_11);
    }

    /** The parameters in the form {@code --list} prints: {@code limit=20 dataset=ImageNet paper=<paper>}. */
    public String usage() {
        StringBuilder sb = new StringBuilder();
        for (QueryParameter p : parameters) {
            sb.append(sb.isEmpty() ? "" : " ").append(p.name()).append('=');
            String u = p.usage();
            sb.append(u.isEmpty() || u.contains(" ") ? "\"" + u + "\"" : u);
        }
        return sb.toString();
    }
}
