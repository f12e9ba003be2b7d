package org.paperkg.query;

import java.io.OutputStream;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.paperkg.rdf.Namespaces;
import org.paperkg.link.ResourceIris;

/**
 * Runs catalogue queries on one target: binds parameters (resolving names through the same
 * target), then returns a {@link QueryResultTable} or writes a {@link ResultFormat}. The command
 * line, the Analytics page, the benchmark and the tests all go through here.
 *
 * <pre>{@code
 * CatalogueRunner runner = new CatalogueRunner(QueryCatalogue.load(), SparqlTarget.local(ds), iris);
 * BoundQuery q = runner.bind("top-datasets", Map.of("limit", "5"));
 * runner.write(q, ResultFormat.csv, System.out);
 * }</pre>
 *
 * <p>Thread-safe: it holds no state beyond its collaborators, and each call parses its own query.
 */
public final class CatalogueRunner {

    private final QueryCatalogue catalogue;
    private final SparqlTarget target;
    private final PrefixMapping prefixes;
    private final ParameterBinder binder;

    public CatalogueRunner(QueryCatalogue catalogue, SparqlTarget target, ResourceIris iris) {
        this(catalogue, target, iris, true);
    }

    /**
     * @param useStatistics false to aggregate live even where the statistics graph could answer
     *                      (the equivalence tests compare the two)
     */
    public CatalogueRunner(QueryCatalogue catalogue, SparqlTarget target, ResourceIris iris, boolean useStatistics) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.target = Objects.requireNonNull(target, "target");
        this.prefixes = Namespaces.of(iris);
        this.binder = new ParameterBinder(new EntityLookup(target, iris), prefixes,
                new StatisticsProbe(target, useStatistics));
    }

    public QueryCatalogue catalogue() {
        return catalogue;
    }

    public SparqlTarget target() {
        return target;
    }

    /** The paperkg prefixes, which shorten IRIs in text output and may be used without PREFIX lines. */
    public PrefixMapping prefixes() {
        return prefixes;
    }

    /** Binds the catalogue query {@code name}; {@link QueryUsageException} for unknown names and bad values. */
    public BoundQuery bind(String name, Map<String, String> values) {
        return binder.bind(catalogue.get(name), values);
    }

    /** Binds any query read as a catalogue entry, such as a user's own file. */
    public BoundQuery bind(CatalogueQuery query, Map<String, String> values) {
        return binder.bind(query, values);
    }

    /** Runs {@code q} and keeps at most {@code maxRows} rows (triples for a CONSTRUCT). */
    public QueryResultTable table(BoundQuery q, int maxRows) {
        Query query = q.query();
        return target.execute(query, q.substitution(), qe -> {
            if (query.isSelectType()) {
                return QueryResultTable.of(qe.execSelect(), maxRows);
            }
            if (query.isConstructType()) {
                return QueryResultTable.of(qe.execConstruct(), maxRows);
            }
            if (query.isDescribeType()) {
                return QueryResultTable.of(qe.execDescribe(), maxRows);
            }
            boolean answer = qe.execAsk();
            return new QueryResultTable(java.util.List.of("answer"), java.util.List.of(java.util.List.of(
                    org.apache.jena.rdf.model.ResourceFactory.createTypedLiteral(answer))), false);
        });
    }

    /** Runs {@code q} and writes its whole result to {@code out} in {@code format}. */
    public void write(BoundQuery q, ResultFormat format, OutputStream out) {
        Query query = q.query();
        target.execute(query, q.substitution(), qe -> {
            if (query.isSelectType()) {
                format.write(qe.execSelect(), out, prefixes);
            } else if (query.isConstructType()) {
                format.write(qe.execConstruct(), out);
            } else if (query.isDescribeType()) {
                format.write(qe.execDescribe(), out);
            } else {
                format.write(qe.execAsk(), out);
            }
            return null;
        });
    }
}
