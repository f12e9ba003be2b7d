package org.paperkg.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.paperkg.pipeline.BuildOptions;
import org.paperkg.pipeline.BuildReport;
import org.paperkg.pipeline.Extractors;
import org.paperkg.pipeline.GraphBuilder;
import org.paperkg.ingest.ProblemHandler;
import org.paperkg.rdf.Lexicons;
import org.paperkg.link.ResourceIris;
import org.slf4j.LoggerFactory;

/** Stores built from real input exactly as {@code paperkg build} builds them (standard extractor). */
final class BuiltStores {

    private BuiltStores() {
    }

    /** Builds {@code inputs} into {@code db} and returns {@code db}; fails when nothing was written. */
    static Path build(Path db, Path... inputs) throws IOException {
        Lexicons lexicon = Lexicons.load(ResourceIris.defaults());
        BuildOptions options = new BuildOptions(List.of(inputs), db, ResourceIris.defaults(), 2, 256);
        BuildReport report = new GraphBuilder(options, Extractors.standard(lexicon), lexicon, GraphBuilder.Listener.NONE)
                .run(ProblemHandler.logging(LoggerFactory.getLogger(BuiltStores.class)));
        if (report.papers() == 0) {
            throw new IllegalStateException("no papers were built into " + db + ": " + report.describe());
        }
        return db;
    }

    /** The checkout's {@code examples/} folder. */
    static Path examples() {
        Path p = Path.of(System.getProperty("paperkg.basedir", ".")).resolve("examples");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("examples/ not found at " + p.toAbsolutePath());
        }
        return p;
    }
}
