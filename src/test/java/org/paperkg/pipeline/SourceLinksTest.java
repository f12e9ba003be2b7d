package org.paperkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.Extractor;
import org.paperkg.ingest.ProblemHandler;
import org.paperkg.rdf.Lexicons;
import org.paperkg.link.ResourceIris;
import org.paperkg.store.KgStore;

/** A daily-papers {@code paper.githubRepo} becomes the paper's pk:codeRepository, its evidence naming the field. */
class SourceLinksTest {

    private static final ResourceIris IRIS = ResourceIris.defaults();

    @Test
    void githubRepoIsACodeRepositoryWithEvidenceNamingTheField(@TempDir Path tmp) throws Exception {
        Path sample = Path.of(SourceLinksTest.class.getResource("/ingest/hf/daily-papers.json").toURI());
        Path db = tmp.resolve("db");
        BuildReport report = new CorpusBuild(new BuildOptions(List.of(sample), db, IRIS, 1, 10), Extractor::none,
                Lexicons.from(ModelFactory.createDefaultModel(), IRIS, "empty"), CorpusBuild.Listener.NONE)
                .run(new ProblemHandler() {
                    @Override
                    public void skipped(org.paperkg.ingest.SourceRef where, String reason) {
                    }

                    @Override
                    public void warning(org.paperkg.ingest.SourceRef where, String message) {
                    }
                });
        assertThat(report.papers()).isEqualTo(3);
        String q = """
                PREFIX pk: <https://w3id.org/paperkg/ontology#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?id ?repo ?producer ?sentence ?issued WHERE {
                  ?p pk:codeRepository ?repo ; pk:arxivId ?id ; dcterms:issued ?issued .
                  ?e rdf:subject ?p ; rdf:predicate pk:codeRepository ; rdf:object ?repo ;
                     pk:producedBy ?producer ; pk:sentence ?sentence .
                }""";
        try (KgStore store = KgStore.open(db, IRIS)) {
            List<QuerySolution> rows = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                    List<QuerySolution> out = new java.util.ArrayList<>();
                    qe.execSelect().forEachRemaining(out::add);
                    return out;
                }
            });
            assertThat(rows).singleElement().satisfies(r -> {
                assertThat(r.get("id").toString()).isEqualTo("2507.01234");
                assertThat(r.getResource("repo").getURI()).isEqualTo("https://github.com/example-org/lantern");
                assertThat(r.getLiteral("producer").getString()).isEqualTo("source-field:paper.githubRepo");
                assertThat(r.getLiteral("sentence").getString()).startsWith("paper.githubRepo: ");
                assertThat(r.getLiteral("issued").getLexicalForm()).startsWith("2025-07-01");
            });
        }
    }
}
