package org.paperkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.ExtractorVersion;
import org.paperkg.ingest.Paper;
import org.paperkg.ingest.ProblemHandler;
import org.paperkg.rdf.Lexicons;
import org.paperkg.link.ResourceIris;

/**
 * Incremental rebuilds follow the extractor (issue 13, item 5) and report failed extractions
 * (item 6): an edited rule file re-extracts every paper, an unchanged one none, and a paper whose
 * extraction throws is counted, named in the summary and makes the build incomplete (exit 3).
 */
class RebuildTest {

    @TempDir
    Path tmp;

    private static final ResourceIris IRIS = ResourceIris.defaults();
    private static final Lexicons LEXICON = Lexicons.from(ModelFactory.createDefaultModel(), IRIS, "empty");

    /** An extractor that counts its calls, versioned like the real one but over the rule folder {@code rules}. */
    private static final class CountingExtractor implements Extractor {
        private final String version;
        private final AtomicInteger calls;
        private final String failOn;

        CountingExtractor(String version, AtomicInteger calls, String failOn) {
            this.version = version;
            this.calls = calls;
            this.failOn = failOn;
        }

        @Override
        public Extraction extract(Paper paper) {
            calls.incrementAndGet();
            if (paper.title().equals(failOn)) {
                throw new IllegalStateException("a rule blew up on this paper");
            }
            return new Extraction(version, List.of(), List.of(), List.of(), List.of());
        }

        @Override
        public String version() {
            return version;
        }

        @Override
        public boolean threadSafe() {
            return true;
        }
    }

    private Path corpus() throws IOException {
        return Files.writeString(tmp.resolve("papers.jsonl"), """
                {"id": "2101.00001", "title": "Alpha Nets", "abstract": "Alpha nets are good."}
                {"id": "2101.00002", "title": "Beta Nets", "abstract": "Beta nets are better."}
                {"id": "2101.00003", "title": "Gamma Nets", "abstract": "Gamma nets are best."}
                """);
    }

    private BuildReport build(Path input, Supplier<Extractor> extractor) throws IOException {
        return new CorpusBuild(new BuildOptions(List.of(input), tmp.resolve("db"), IRIS, 2, 2), extractor, LEXICON,
                CorpusBuild.Listener.NONE).run(ProblemHandler.strict());
    }

    @Test
    void aRebuildAfterARuleChangeReExtractsEveryPaperAndWithoutOneNone() throws IOException {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        Path ruleFile = Files.writeString(rules.resolve("results.rules"), "{ pattern: ( [word:\"accuracy\"] ) }\n");
        Path input = corpus();
        AtomicInteger calls = new AtomicInteger();
        Supplier<Extractor> extractor = () -> new CountingExtractor(ExtractorVersion.of("rules", List.of(rules)), calls,
                null);

        assertThat(build(input, extractor).written()).isEqualTo(3);
        assertThat(calls).hasValue(3);

        BuildReport same = build(input, extractor);
        assertThat(same.written()).isZero();
        assertThat(same.unchanged()).isEqualTo(3);
        assertThat(calls).hasValue(3);

        Files.writeString(ruleFile, "{ pattern: ( [word:\"precision\"] ) }\n");
        BuildReport changed = build(input, extractor);
        assertThat(changed.written()).isEqualTo(3);
        assertThat(calls).hasValue(6);
    }

    @Test
    void aFailedExtractionIsNamedCountedAndMakesTheBuildIncomplete() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        BuildReport report = build(corpus(), () -> new CountingExtractor("v1", calls, "Beta Nets"));

        assertThat(report.extractionFailures()).isEqualTo(1);
        assertThat(report.failedPapers()).singleElement().asString().contains("papers.jsonl:2", "'Beta Nets'");
        assertThat(report.incomplete()).isTrue();
        assertThat(report.describe()).contains("extraction failed for 1 papers").contains("papers.jsonl:2 'Beta Nets'");
        assertThat(report.written()).isEqualTo(3);

        BuildReport retry = build(corpus(), () -> new CountingExtractor("v1", calls, null));
        assertThat(retry.written()).as("the failed paper is retried, the others are kept").isEqualTo(1);
        assertThat(retry.incomplete()).isFalse();
    }
}
