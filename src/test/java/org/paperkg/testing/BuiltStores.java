package org.paperkg.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.paperkg.extract.Extractor;
import org.paperkg.ingest.ProblemHandler;
import org.paperkg.link.ResourceIris;
import org.paperkg.pipeline.BuildOptions;
import org.paperkg.pipeline.BuildReport;
import org.paperkg.pipeline.Extractors;
import org.paperkg.pipeline.CorpusBuild;
import org.paperkg.rdf.Lexicons;
import org.slf4j.LoggerFactory;

/**
 * The stores integration tests run against, built from real input by the real build into a
 * test's own folder, exactly as {@code paperkg build} builds them.
 */
public final class BuiltStores {

    private BuiltStores() {
    }

    /** Builds {@code inputs} with the standard extractor into {@code db}; fails when nothing was written. */
    public static Path build(Path db, Path... inputs) throws IOException {
        Lexicons lexicon = Lexicons.load(ResourceIris.defaults());
        return build(db, lexicon, Extractors.standard(lexicon), inputs);
    }

    /** The seed listing pages of {@code ../shared}, built into {@code dir/seeds-db} (skips the test without them). */
    public static Path seeds(Path dir) throws IOException {
        return build(dir.resolve("seeds-db"), SharedData.require("seeds"));
    }

    /** The example corpus with exactly the facts written into it ({@link ExampleFactsExtractor}), into {@code dir/examples-db}. */
    public static Path examplesWithTheirFacts(Path dir) throws IOException {
        return build(dir.resolve("examples-db"), Lexicons.load(ResourceIris.defaults()), ExampleFactsExtractor::new,
                examples());
    }

    /** The checkout's {@code examples/} folder. */
    public static Path examples() {
        Path p = Path.of(System.getProperty("paperkg.basedir", ".")).resolve("examples");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("examples/ not found at " + p.toAbsolutePath());
        }
        return p;
    }

    private static Path build(Path db, Lexicons lexicon, Supplier<Extractor> extractors, Path... inputs)
            throws IOException {
        BuildOptions options = new BuildOptions(List.of(inputs), db, ResourceIris.defaults(), 2, 256);
        BuildReport report = new CorpusBuild(options, extractors, lexicon, CorpusBuild.Listener.NONE)
                .run(ProblemHandler.logging(LoggerFactory.getLogger(BuiltStores.class)));
        if (report.papers() == 0) {
            throw new IllegalStateException("no papers were built into " + db + ": " + report.describe());
        }
        return db;
    }
}
