package org.paperkg.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.system.Txn;
import org.paperkg.rdf.Namespaces;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code paperkg query}: runs a SPARQL query file against the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query against the store's union graph.",
            "The paperkg prefixes (pk, dcterms, skos, rdfs, ...) are predeclared.",
            "With --min-confidence X the query's variable ?minConfidence is bound to X."})
public final class QueryCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { table, csv, tsv, json }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "FILE.rq", description = "SPARQL query file.")
    Path file;

    @Option(names = "--format", defaultValue = "table",
            description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--min-confidence", paramLabel = "X",
            description = "Binds ?minConfidence to X (0 to 1) for queries that filter facts by confidence.")
    Double minConfidence;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.printf("paperkg query: no such query file: %s%n", file);
            return ExitCodes.USAGE;
        }
        if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
            err.printf("paperkg query: --min-confidence must be between 0 and 1, got %s%n", minConfidence);
            return ExitCodes.USAGE;
        }
        if (!Files.isDirectory(store.db())) {
            err.printf("paperkg query: no store at %s (run 'paperkg build' first)%n", store.db());
            return ExitCodes.USAGE;
        }
        Query query;
        try {
            query = parse(Files.readString(file));
        } catch (QueryParseException e) {
            err.printf("paperkg query: %s: %s%n", file, e.getMessage());
            return ExitCodes.USAGE;
        }
        try (KgStore kg = KgStore.open(store.db(), store.iris())) {
            Txn.executeRead(kg.dataset(), () -> run(kg, query));
        }
        return ExitCodes.OK;
    }

    private Query parse(String text) {
        Query q = new Query();
        q.setPrefixMapping(Namespaces.of(store.iris()));
        return QueryFactory.parse(q, text, null, Syntax.syntaxARQ);
    }

    private void run(KgStore kg, Query query) {
        var builder = QueryExecution.dataset(kg.dataset()).query(query);
        if (minConfidence != null) {
            builder.substitution("minConfidence", ResourceFactory.createTypedLiteral(
                    java.math.BigDecimal.valueOf(minConfidence)));
        }
        PrintWriter pw = spec.commandLine().getOut();
        OutputStream out = new WriterStream(pw);
        try (QueryExecution qe = builder.build()) {
            if (query.isSelectType()) {
                ResultSet rs = qe.execSelect();
                switch (format) {
                    case table -> {
                        pw.print(ResultSetFormatter.asText(rs, query));
                        pw.flush();
                    }
                    case csv -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
                    case tsv -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
                    case json -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
                }
            } else if (query.isAskType()) {
                pw.println(qe.execAsk());
                pw.flush();
            } else {
                Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                RDFDataMgr.write(out, m, format == Format.json ? Lang.JSONLD : Lang.TURTLE);
            }
        }
        try {
            out.close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
