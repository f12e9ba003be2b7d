package org.paperkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.paperkg.export.model.ExportFormat;
import org.paperkg.export.write.DotLayout;
import org.paperkg.export.model.ExportUsageException;
import org.paperkg.export.Exporter;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.ViewGraph.Ranking;
import org.paperkg.export.model.ViewKind;
import org.paperkg.export.model.ViewRequest;
import org.paperkg.export.model.ViewRequest.QuerySource;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code paperkg export}: a view of the graph in a graph format, or the whole store as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes a view of the graph for Gephi, Cytoscape, yEd, Graphviz and web viewers,",
            "or dumps the whole store as RDF.",
            "Views: papers, cooccurrence, method-dataset, entity (--param entity=NAME [depth=N]),",
            "  query (--file FILE.rq, or --param query=NAME from the catalogue: a CONSTRUCT,",
            "  or a SELECT with ?source ?target [?weight]).",
            "Graph formats: graphml, yed, gexf, cyjs, dot, csv (two files), csv-nodes, csv-edges.",
            "RDF formats (whole store, no --view): nquads, ntriples, turtle, jsonld.",
            "An --out name ending in .gz is gzipped."})
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--view", paramLabel = "VIEW", description = "papers, cooccurrence, method-dataset, entity or query.")
    String view;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "Output format (see above).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "A view parameter: types=Method,Dataset; min-weight=N; entity=NAME; depth=N; "
                    + "listing-year=YYYY; for query views query=NAME, the query's parameters, and directed=false.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--min-confidence", paramLabel = "X",
            description = "Keep a link only when some evidence of it has confidence >= X (0 to 1).")
    Double minConfidence;

    @Option(names = "--top", paramLabel = "N", defaultValue = "0",
            description = "Keep only the N highest-ranked nodes (default: all).")
    int top;

    @Option(names = "--top-by", paramLabel = "RANK", defaultValue = "weight",
            description = "Rank nodes by weight (papers behind a node, default) or degree.")
    String topBy;

    @Option(names = "--file", paramLabel = "FILE.rq", description = "The SPARQL query of --view query.")
    Path queryFile;

    @Option(names = "--stats", description = "Print nodes, edges, time and peak heap to standard error.")
    boolean stats;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (PeakHeap heap = new PeakHeap()) {
            ExportFormat fmt = parse(() -> ExportFormat.parse(format));
            if (store.missing() != null) {
                return usage(store.missing());
            }
            String what;
            if (fmt.isRdf()) {
                what = dump(fmt);
            } else {
                what = graph(fmt);
            }
            if (stats) {
                err.printf("paperkg export: %s; %s%n", what, heap.summary());
                err.flush();
            }
            return ExitCodes.OK;
        } catch (ExportUsageException e) {
            return usage(e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            err.printf("paperkg export: writing %s failed: %s%n", out == null ? "standard output" : out,
                    IoMessages.why(e));
            err.flush();
            return ExitCodes.FAILURE;
        }
    }

    private String dump(ExportFormat fmt) throws IOException {
        if (view != null || !params.isEmpty() || queryFile != null || top != 0 || minConfidence != null) {
            throw new ExportUsageException(fmt + " dumps the whole store; it takes no --view, --param, --file, --top "
                    + "or --min-confidence");
        }
        long[] n = new long[1];
        try (KgStore kg = KgStore.open(store.db(), store.iris())) {
            writeTo(out, o -> n[0] = Exporter.dump(kg, fmt, o));
        }
        return String.format("%,d statements as %s", n[0], fmt);
    }

    private String graph(ExportFormat fmt) throws IOException {
        if (view == null) {
            throw new ExportUsageException("--format " + fmt + " draws a view: give --view papers, cooccurrence, "
                    + "method-dataset, entity or query");
        }
        ViewKind kind = parse(() -> ViewKind.parse(view));
        if (fmt == ExportFormat.CSV && out == null) {
            throw new ExportUsageException("--format csv writes two files (NAME-nodes.csv, NAME-edges.csv): give "
                    + "--out NAME.csv, or use csv-nodes / csv-edges for standard output");
        }
        ViewRequest request = new ViewRequest(kind, params, minConfidence, top, ranking(), querySource(kind));
        ViewGraph g;
        try (KgStore kg = KgStore.open(store.db(), store.iris())) {
            g = Exporter.view(kg, request);
        }
        if (fmt == ExportFormat.DOT) {
            adviseOnSize(g);
        }
        if (fmt == ExportFormat.CSV) {
            writeTo(sibling(out, "-nodes"), o -> Exporter.write(g, ExportFormat.CSV_NODES, o, request.writeOptions()));
            writeTo(sibling(out, "-edges"), o -> Exporter.write(g, ExportFormat.CSV_EDGES, o, request.writeOptions()));
        } else {
            writeTo(out, o -> Exporter.write(g, fmt, o, request.writeOptions()));
        }
        return String.format("view %s, %,d nodes, %,d edges as %s", kind, g.nodeCount(), g.edgeCount(), fmt);
    }

    /** Says on standard error when a DOT picture of {@code g} will be too large to read, and which --top would read. */
    private void adviseOnSize(ViewGraph g) {
        DotLayout.advice(g, ranking()).ifPresent(advice -> {
            PrintWriter err = spec.commandLine().getErr();
            err.printf("paperkg export: %s%n", advice);
            err.flush();
        });
    }

    private Ranking ranking() {
        return switch (topBy.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "weight" -> Ranking.WEIGHT;
            case "degree" -> Ranking.DEGREE;
            default -> throw new ExportUsageException("--top-by must be weight or degree, got '" + topBy + "'");
        };
    }

    private QuerySource querySource(ViewKind kind) throws IOException {
        if (kind != ViewKind.QUERY) {
            if (queryFile != null) {
                throw new ExportUsageException("--file is for --view query only");
            }
            return null;
        }
        String name = params.get("query");
        if (queryFile != null && name != null) {
            throw new ExportUsageException("--view query takes --file FILE.rq or --param query=NAME, not both");
        }
        if (name != null) {
            return new QuerySource.Catalogue(name);
        }
        if (queryFile != null) {
            if (!Files.isRegularFile(queryFile)) {
                throw new ExportUsageException("no such query file: " + queryFile);
            }
            return new QuerySource.Text(queryFile.toString(), Files.readString(queryFile));
        }
        throw new ExportUsageException("--view query needs --file FILE.rq, or --param query=NAME for a catalogue "
                + "query (paperkg query --list names them)");
    }

    /** What writes the export to a stream. */
    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes to standard output, or to {@code file} through a temporary file moved into place at
     * the end, so a failed export never leaves half a file; a name ending in {@code .gz} is gzipped.
     */
    private void writeTo(Path file, Body body) throws IOException {
        if (file == null) {
            PrintWriter pw = spec.commandLine().getOut();
            WriterStream ws = new WriterStream(pw);
            body.write(ws);
            ws.close();
            return;
        }
        Path abs = file.toAbsolutePath();
        if (abs.getParent() != null) {
            Files.createDirectories(abs.getParent());
        }
        Path tmp = abs.resolveSibling(abs.getFileName() + ".part");
        try {
            try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
                 OutputStream o = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw) {
                body.write(o);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** {@code graph.csv} to {@code graph-nodes.csv}. */
    static Path sibling(Path file, String suffix) {
        String name = file.getFileName().toString();
        String stem = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return file.resolveSibling(stem + suffix + ".csv");
    }

    /** Runs a name parser, turning its complaint into a usage error. */
    private static <T> T parse(java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new ExportUsageException(e.getMessage(), e);
        }
    }

    private int usage(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.printf("paperkg export: %s%n", message);
        err.flush();
        return ExitCodes.USAGE;
    }
}
