package org.paperkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.query.QueryCancelledException;
import org.paperkg.query.BoundQuery;
import org.paperkg.query.CatalogueQuery;
import org.paperkg.query.CatalogueRunner;
import org.paperkg.query.QueryCatalogue;
import org.paperkg.query.QueryUsageException;
import org.paperkg.query.ResultFormat;
import org.paperkg.query.SparqlTarget;
import org.paperkg.link.ResourceIris;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code paperkg query}: runs a catalogue query by name, or a SPARQL file, against the store or
 * a remote endpoint.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a catalogue query by NAME, or a SPARQL file, against the store's union graph "
                + "or a SPARQL endpoint.",
            "  paperkg query --list                      the catalogue: names, titles, parameters",
            "  paperkg query top-datasets --param limit=5",
            "  paperkg query my-query.rq --format csv",
            "Files may use the paperkg prefixes (pk, dcterms, skos, rdfs, ...) without declaring them.",
            "Parameter values are bound as RDF terms, never pasted into the query text."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the query failed (store, endpoint or timeout)",
            "2:usage error (unknown query or parameter, bad value, missing file)"})
public final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME|FILE.rq",
            description = "A catalogue query's name (see --list), or a SPARQL query file.")
    String query;

    @Option(names = "--list", description = "Lists the catalogue: each query's name, title and parameters.")
    boolean list;

    @Option(names = "--show", description = "Prints the query (header and SPARQL) instead of running it.")
    boolean show;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A parameter value; repeat for several. Entities may be given by name (ImageNet), "
                    + "papers by arXiv id or title.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table",
            description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "Graph results are Turtle, or JSON-LD with json.")
    ResultFormat format;

    @Option(names = "--min-confidence", paramLabel = "X",
            description = "Binds ?minConfidence to X (0 to 1): the same as --param minConfidence=X.")
    Double minConfidence;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Query this SPARQL endpoint (e.g. http://localhost:3030/kg/sparql) instead of the store.")
    String endpoint;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        QueryCatalogue catalogue = QueryCatalogue.load();
        if (list) {
            printList(catalogue);
            return ExitCodes.OK;
        }
        if (query == null) {
            err.println("paperkg query: give a query NAME or FILE.rq, or --list to see the catalogue");
            return ExitCodes.USAGE;
        }
        if (minConfidence != null) {
            if (!(minConfidence >= 0 && minConfidence <= 1)) {
                err.printf("paperkg query: --min-confidence must be between 0 and 1, got %s%n", minConfidence);
                return ExitCodes.USAGE;
            }
        }
        CatalogueQuery entry;
        boolean isFile = query.endsWith(".rq") || query.contains("/") || query.contains("\\");
        try {
            entry = isFile ? readFile(Path.of(query)) : catalogue.get(query);
        } catch (IllegalArgumentException e) {
            err.println("paperkg query: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (QueryParseException e) {
            err.printf("paperkg query: %s: %s%n", query, e.getMessage());
            return ExitCodes.USAGE;
        }
        if (entry == null) {
            return ExitCodes.USAGE;
        }
        if (show) {
            spec.commandLine().getOut().print(entry.sparql());
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        Map<String, String> values = new LinkedHashMap<>(params);
        boolean bindConfidenceDirectly = false;
        if (minConfidence != null) {
            if (entry.parameter("minConfidence").isPresent()) {
                values.putIfAbsent("minConfidence", minConfidence.toString());
            } else {
                bindConfidenceDirectly = true;
            }
        }
        boolean remote = endpoint != null;
        if (remote && spec.commandLine().getParseResult().hasMatchedOption("--db")) {
            err.println("paperkg query: give either --db or --endpoint, not both");
            return ExitCodes.USAGE;
        }
        ResourceIris iris;
        try {
            iris = store.iris();
        } catch (IllegalArgumentException e) {
            err.println("paperkg query: --base: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (remote) {
            SparqlTarget target;
            try {
                target = SparqlTarget.remote(endpoint);
            } catch (IllegalArgumentException e) {
                err.println("paperkg query: --endpoint: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            return run(new CatalogueRunner(catalogue, target, iris), entry, values, bindConfidenceDirectly);
        }
        if (store.missing() != null) {
            err.printf("paperkg query: %s; or give --endpoint URL%n", store.missing());
            return ExitCodes.USAGE;
        }
        try (KgStore kg = KgStore.open(store.db(), iris)) {
            SparqlTarget target = SparqlTarget.local(kg.dataset(), SparqlTarget.DEFAULT_TIMEOUT, "store " + store.db());
            return run(new CatalogueRunner(catalogue, target, iris), entry, values, bindConfidenceDirectly);
        }
    }

    /** A user's file, header optional; null (after printing why) when it cannot be read. */
    private CatalogueQuery readFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().printf("paperkg query: no such query file: %s%n", file);
            return null;
        }
        return QueryCatalogue.readFile(file);
    }

    private int run(CatalogueRunner runner, CatalogueQuery entry, Map<String, String> values,
            boolean bindConfidenceDirectly) {
        PrintWriter err = spec.commandLine().getErr();
        BoundQuery bound;
        try {
            bound = runner.bind(entry, values);
            if (bindConfidenceDirectly) {
                Map<String, org.apache.jena.rdf.model.RDFNode> subst = new LinkedHashMap<>(bound.substitution());
                subst.put("minConfidence", ResourceFactory.createTypedLiteral(
                        java.math.BigDecimal.valueOf(minConfidence)));
                bound = new BoundQuery(bound.source(), bound.query(), subst, bound.values(), bound.notes());
            }
        } catch (QueryUsageException e) {
            err.println("paperkg query: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (QueryParseException e) {
            err.printf("paperkg query: %s: %s%n", query, e.getMessage());
            return ExitCodes.USAGE;
        }
        bound.notes().forEach(n -> err.println("paperkg query: note: " + n));
        err.flush();
        OutputStream out = new WriterStream(spec.commandLine().getOut());
        try {
            runner.write(bound, format, out);
            out.close();
        } catch (QueryExceptionHTTP e) {
            if (e.getStatusCode() > 0) {
                err.printf("paperkg query: %s answered HTTP %d: %s%n", runner.target().describe(), e.getStatusCode(),
                        e.getMessage());
            } else {
                err.printf("paperkg query: cannot reach %s: %s (is the server running? 'paperkg serve' starts one)%n",
                        runner.target().describe(), IoMessages.network(e));
            }
            return ExitCodes.FAILURE;
        } catch (QueryCancelledException e) {
            err.printf("paperkg query: %s timed out after %s%n", entry.name(), SparqlTarget.DEFAULT_TIMEOUT);
            return ExitCodes.FAILURE;
        } catch (IOException e) {
            err.printf("paperkg query: cannot write the result: %s%n", IoMessages.why(e));
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }

    private void printList(QueryCatalogue catalogue) {
        PrintWriter out = spec.commandLine().getOut();
        int width = catalogue.names().stream().mapToInt(String::length).max().orElse(10) + 2;
        for (CatalogueQuery q : catalogue.queries()) {
            out.printf("%-" + width + "s%s%n", q.name(), q.title());
            if (!q.parameters().isEmpty()) {
                out.printf("%-" + width + "s  %s%n", "", q.usage());
            }
        }
        out.printf("%nRun one with: paperkg query NAME --param NAME=VALUE ...; paperkg query NAME --show prints it.%n");
        out.flush();
    }
}
