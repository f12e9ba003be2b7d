package org.paperkg.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.paperkg.pipeline.BuildOptions;
import org.paperkg.pipeline.BuildReport;
import org.paperkg.pipeline.Extractors;
import org.paperkg.pipeline.GraphBuilder;
import org.paperkg.extract.Extractor;
import org.paperkg.ingest.ProblemHandler;
import org.paperkg.rdf.Lexicons;
import org.paperkg.link.ResourceIris;
import org.paperkg.testing.SharedData;
import org.slf4j.LoggerFactory;

/** Stores the server tests run against, built with the real build into a test's own folder. */
final class TestStores {

    private TestStores() {
    }

    /** The seed listing pages, built as {@code paperkg build} builds them (the standard extractor). */
    static Path seeds(Path dir) throws IOException {
        Path seeds = SharedData.require("seeds");
        Lexicons lexicon = Lexicons.load(ResourceIris.defaults());
        return build(List.of(seeds), dir.resolve("seeds-db"), lexicon, Extractors.standard(lexicon));
    }

    /** The example corpus with exactly the facts written into it ({@link ExampleFactsExtractor}). */
    static Path examples(Path dir) throws IOException {
        Lexicons lexicon = Lexicons.load(ResourceIris.defaults());
        return build(List.of(examplesDir()), dir.resolve("examples-db"), lexicon, ExampleFactsExtractor::new);
    }

    /** The checkout's {@code examples/} folder. */
    static Path examplesDir() {
        Path p = Path.of(System.getProperty("paperkg.basedir", ".")).resolve("examples");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("examples/ not found at " + p.toAbsolutePath());
        }
        return p;
    }

    private static Path build(List<Path> inputs, Path db, Lexicons lexicon, java.util.function.Supplier<Extractor> extractors)
            throws IOException {
        BuildOptions options = new BuildOptions(inputs, db, ResourceIris.defaults(), 2, 256);
        BuildReport report = new GraphBuilder(options, extractors, lexicon, GraphBuilder.Listener.NONE)
                .run(ProblemHandler.logging(LoggerFactory.getLogger(TestStores.class)));
        if (report.papers() == 0) {
            throw new IllegalStateException("the test store at " + db + " has no papers: " + report.describe());
        }
        return db;
    }
}
