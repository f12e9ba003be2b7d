package org.paperkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.Extractor;
import org.paperkg.ingest.ProblemHandler;
import org.paperkg.rdf.Lexicons;
import org.paperkg.link.ResourceIris;
import org.paperkg.store.KgStore;

/** Builds small stores from JSON Lines written in the test and checks what the store holds. */
class CorpusBuildTest {

    @TempDir
    Path tmp;

    private static final ResourceIris IRIS = ResourceIris.defaults();
    private static final Lexicons LEXICON = Lexicons.from(ModelFactory.createDefaultModel(), IRIS, "empty");

    private static String record(String id, String title, String abstractText) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"abstract\": \"" + abstractText
                + "\", \"date\": \"2024-01-0" + (title.length() % 9 + 1) + "\"}\n";
    }

    private Path write(String name, String... lines) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, String.join("", lines));
        return f;
    }

    private BuildReport build(Path db, Path... inputs) throws IOException {
        BuildOptions options = new BuildOptions(List.of(inputs), db, IRIS, 2, 2);
        return new CorpusBuild(options, Extractor::none, LEXICON, CorpusBuild.Listener.NONE)
                .run(ProblemHandler.strict());
    }

    private static Map<String, Long> graphSizes(Path db) {
        try (KgStore store = KgStore.open(db, IRIS)) {
            return Txn.calculateRead(store.dataset(), () -> {
                Map<String, Long> sizes = new java.util.TreeMap<>();
                store.dataset().listModelNames().forEachRemaining(r ->
                        sizes.put(r.getURI(), store.dataset().getNamedModel(r).size()));
                return sizes;
            });
        }
    }

    private static Model paperGraph(Path db, String localId) {
        try (KgStore store = KgStore.open(db, IRIS)) {
            return Txn.calculateRead(store.dataset(), () -> ModelFactory.createDefaultModel()
                    .add(store.dataset().getNamedModel(IRIS.paperGraph(localId))));
        }
    }

    @Test
    void duplicatesMergeIntoOnePaperWithEverySource() throws IOException {
        Path in = write("a.jsonl",
                record("2101.00001", "Alpha Nets", "Alpha nets are good."),
                record("x-2", "Beta Nets", "Beta nets are better."),
                record("2101.00001v2", "Alpha nets.", "Alpha nets, second copy."),
                record("x-4", "BETA  nets", "Beta nets again."));
        BuildReport report = build(tmp.resolve("db"), in);
        assertThat(report.recordsRead()).isEqualTo(4);
        assertThat(report.papers()).isEqualTo(2);
        assertThat(report.duplicates()).isEqualTo(2);
        Model alpha = paperGraph(tmp.resolve("db"), "arxiv-2101.00001");
        assertThat(alpha.listObjectsOfProperty(org.paperkg.rdf.PK.source).toList()).hasSize(2);
        assertThat(alpha.listObjectsOfProperty(org.apache.jena.vocabulary.DCTerms.abstract_).next().asLiteral().getString())
                .isEqualTo("Alpha nets are good.");
    }

    @Test
    void rebuildingTheSameInputChangesNothing() throws IOException {
        Path in = write("a.jsonl", record("1", "Alpha Nets", "Alpha."), record("2", "Beta Nets", "Beta."));
        Path db = tmp.resolve("db");
        BuildReport first = build(db, in);
        Map<String, Long> before = graphSizes(db);
        BuildReport second = build(db, in);
        assertThat(second.after().triples()).isEqualTo(first.after().triples());
        assertThat(second.written()).isZero();
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(graphSizes(db)).isEqualTo(before);
    }

    @Test
    void aChangedAbstractReplacesThatPaperOnly() throws IOException {
        Path db = tmp.resolve("db");
        build(db, write("a.jsonl", record("1", "Alpha Nets", "Alpha."), record("2", "Beta Nets", "Beta.")));
        Model betaBefore = paperGraph(db, "t-" + ResourceIris.shortHash(org.paperkg.ingest.Titles.key("Beta Nets")));
        build(db, write("a.jsonl", record("1", "Alpha Nets", "Alpha, revised and longer."),
                record("2", "Beta Nets", "Beta.")));
        String alphaId = "t-" + ResourceIris.shortHash(org.paperkg.ingest.Titles.key("Alpha Nets"));
        Model alpha = paperGraph(db, alphaId);
        assertThat(alpha.listObjectsOfProperty(org.apache.jena.vocabulary.DCTerms.abstract_).toList())
                .singleElement().extracting(n -> n.asLiteral().getString()).isEqualTo("Alpha, revised and longer.");
        Model betaAfter = paperGraph(db, "t-" + ResourceIris.shortHash(org.paperkg.ingest.Titles.key("Beta Nets")));
        assertThat(betaAfter.isIsomorphicWith(betaBefore)).isTrue();
    }

    @Test
    void aPaperIsFoundAgainInALaterBuildByItsTitle() throws IOException {
        Path db = tmp.resolve("db");
        build(db, write("a.jsonl", record("local-1", "Gamma Nets", "Gamma.")));
        BuildReport second = build(db, write("b.jsonl", record("local-9", "Gamma nets", "Gamma.")));
        assertThat(second.after().papers()).isEqualTo(1);
    }
}
