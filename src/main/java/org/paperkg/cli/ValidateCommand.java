package org.paperkg.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code paperkg validate}: checks the store against the SHACL shapes of {@code ontology/shapes.ttl}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validates the union of all graphs against the SHACL shapes (ontology/shapes.ttl).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the graph conforms", "1:violations were found", "2:usage error"})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--max-report", defaultValue = "20",
            description = "Violations to print in full (default: ${DEFAULT-VALUE}); all are counted.")
    int maxReport;

    @Override
    public Integer call() throws Exception {
        if (store.missing() != null) {
            spec.commandLine().getErr().println("paperkg validate: " + store.missing());
            return ExitCodes.USAGE;
        }
        Shapes shapes = loadShapes();
        ValidationReport report;
        try (KgStore kg = KgStore.open(store.db(), store.iris())) {
            report = Txn.calculateRead(kg.dataset(), () -> ShaclValidator.get()
                    .validate(shapes, kg.dataset().asDatasetGraph().getUnionGraph()));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (report.conforms()) {
            out.println("conforms: yes");
            out.flush();
            return ExitCodes.OK;
        }
        out.printf("conforms: no (%,d violations)%n", report.getEntries().size());
        report.getEntries().stream().limit(maxReport).forEach(e -> out.println(describe(e)));
        out.flush();
        return ExitCodes.FAILURE;
    }

    private static String describe(ReportEntry e) {
        return "  " + e.severity().level().getLocalName() + " " + e.focusNode() + " " + e.resultPath() + ": " + e.message();
    }

    /** The shapes packaged with paperkg. */
    static Shapes loadShapes() throws java.io.IOException {
        try (InputStream in = ValidateCommand.class.getResourceAsStream("/ontology/shapes.ttl")) {
            if (in == null) {
                throw new IllegalStateException("ontology/shapes.ttl is missing from the class path");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return Shapes.parse(g);
        }
    }
}
