package org.paperkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.ingest.ProblemHandler;
import org.paperkg.link.ResourceIris;
import org.paperkg.rdf.Lexicons;
import org.paperkg.rdf.Namespaces;
import org.paperkg.rdf.PK;
import org.paperkg.rdf.RdfAssert;
import org.paperkg.store.KgStore;
import org.slf4j.LoggerFactory;

/**
 * The whole path from text to RDF on five abstracts written for this test
 * ({@code src/test/resources/golden/abstracts.jsonl}): the real build (ingest, CoreNLP and the
 * rules, linking, mapping, the store) and the paper graphs it stores, compared by isomorphism with
 * {@code golden/text-to-rdf.ttl}; a failure prints the triples missing and extra. The extractor
 * version and the content hash (which changes with it) are normalised to "VERSION" and "HASH",
 * and the VoID graph (build timestamps) and the lexicon graph are left out.
 *
 * <p>A change of extraction behaviour shows here as a readable diff. When it is intended,
 * regenerate the file and review its diff: {@code mvn -B -o verify -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=TextToRdfGoldenIT -Dpaperkg.golden.update=true}.
 */
class TextToRdfGoldenIT {

    private static final String GOLDEN = "golden/text-to-rdf.ttl";

    @Test
    void fiveAbstractsGiveTheCheckedInGraph(@TempDir Path dir) throws IOException {
        Path basedir = Path.of(System.getProperty("paperkg.basedir", "."));
        // Relative to the working directory, so the source file recorded in the graph (pk:sourceFile,
        // and the source record's IRI made from it) is the same in every checkout.
        Path input = Path.of("").toAbsolutePath()
                .relativize(basedir.toAbsolutePath().resolve("src/test/resources/golden/abstracts.jsonl"));
        ResourceIris iris = ResourceIris.defaults();
        Lexicons lexicon = Lexicons.load(iris);
        BuildReport report = new CorpusBuild(new BuildOptions(List.of(input), dir.resolve("db"), iris, 1, 16),
                Extractors.standard(lexicon), lexicon, CorpusBuild.Listener.NONE)
                .run(ProblemHandler.logging(LoggerFactory.getLogger(TextToRdfGoldenIT.class)));
        assertThat(report.papers()).as(report.describe()).isEqualTo(5);

        Model actual = normalised(paperGraphs(dir.resolve("db"), iris));
        Path golden = basedir.resolve("src/test/resources").resolve(GOLDEN);
        if (Boolean.getBoolean("paperkg.golden.update")) {
            Namespaces.apply(actual, iris);
            try (OutputStream out = Files.newOutputStream(golden)) {
                RDFDataMgr.write(out, actual, Lang.TURTLE);
            }
        }
        assertThat(golden).as("golden file; make it with -Dpaperkg.golden.update=true").exists();
        Model expected = RDFDataMgr.loadModel(golden.toString());
        RdfAssert.assertIsomorphic(actual, expected);
    }

    /** The union of the paper graphs in the store (not the lexicon, not the VoID description). */
    private static Model paperGraphs(Path db, ResourceIris iris) {
        Model all = ModelFactory.createDefaultModel();
        String prefix = iris.paperGraph("");
        try (KgStore store = KgStore.open(db, iris)) {
            Dataset ds = store.dataset();
            Txn.executeRead(ds, () -> ds.listModelNames().forEachRemaining(name -> {
                if (name.getURI().startsWith(prefix)) {
                    all.add(ds.getNamedModel(name));
                }
            }));
        }
        return all;
    }

    /** The extractor version and the content hash made from it become fixed literals. */
    private static Model normalised(Model m) {
        Model out = ModelFactory.createDefaultModel();
        for (Statement s : m.listStatements().toList()) {
            out.add(s.getSubject(), s.getPredicate(), fixed(out, s.getPredicate(), s));
        }
        return out;
    }

    private static RDFNode fixed(Model out, Property p, Statement s) {
        if (p.equals(PK.extractorVersion)) {
            return out.createLiteral("VERSION");
        }
        if (p.equals(PK.contentHash)) {
            return out.createLiteral("HASH");
        }
        return s.getObject();
    }
}
