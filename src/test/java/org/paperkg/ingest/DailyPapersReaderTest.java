package org.paperkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inputs users have (issue 18): Hugging Face's daily-papers JSON and the Kaggle arXiv metadata snapshot. */
class DailyPapersReaderTest {

    private final Path sample = TestFiles.resource("hf/daily-papers.json");

    @Test
    void dailyPapersAreDetectedByContentWhateverTheName(@TempDir Path dir) throws IOException {
        assertThat(Corpus.detect(sample)).contains(InputFormat.DAILY_PAPERS);
        Path renamed = Files.copy(sample, dir.resolve("2025-07-02"));
        assertThat(Corpus.detect(renamed)).contains(InputFormat.DAILY_PAPERS);
        Path gz = TestFiles.gzip(Files.readAllBytes(sample), dir.resolve("day.json.gz"));
        assertThat(Corpus.detect(gz)).contains(InputFormat.DAILY_PAPERS);
        Path otherArray = Files.writeString(dir.resolve("other.json"), "[{\"title\": \"A\"}]");
        assertThat(Corpus.detect(otherArray)).isEmpty();
    }

    @Test
    void readsIdsDatesListingDaysAndTheCodeRepository() throws IOException {
        RecordingProblems problems = new RecordingProblems();
        List<Paper> papers = TestFiles.read(new DailyPapersReader(), sample, problems);

        assertThat(papers).extracting(Paper::arxivId, Paper::date, Paper::listingDate).containsExactly(
                tuple("2507.01234", LocalDate.of(2025, 7, 1), MonthDay.of(7, 2)),
                tuple("2506.09876", LocalDate.of(2025, 6, 30), MonthDay.of(7, 2)),
                tuple("2507.05555", LocalDate.of(2025, 7, 1), MonthDay.of(7, 3)));
        Paper lantern = papers.get(0);
        assertThat(lantern.title()).isEqualTo("Lantern: Sparse Routing for Long-Context Retrieval");
        assertThat(lantern.abstractText()).startsWith("We propose Lantern");
        assertThat(lantern.sourceLinks()).containsExactly(
                new SourceLink("paper.githubRepo", "https://github.com/example-org/lantern"));
        assertThat(papers.get(1).sourceLinks()).isEmpty();
        assertThat(papers.get(2).sourceLinks()).isEmpty();
        assertThat(lantern.source()).hasToString("daily-papers.json:2");
        assertThat(problems.all()).extracting(RecordingProblems.Problem::kind, RecordingProblems.Problem::category)
                .containsExactly(tuple(RecordingProblems.Kind.SKIPPED, "no abstract"),
                        tuple(RecordingProblems.Kind.WARNING, "bad URL"));
        assertThat(problems.all().get(0).message()).contains("2507.00001");
    }

    @Test
    void invalidJsonKeepsTheRecordsBeforeIt(@TempDir Path dir) throws IOException {
        String text = Files.readString(sample);
        Path cut = Files.writeString(dir.resolve("cut.json"), text.substring(0, text.indexOf("\"2507.00001\"")));
        RecordingProblems problems = new RecordingProblems();

        List<Paper> papers = TestFiles.read(new DailyPapersReader(), cut, problems);

        assertThat(papers).extracting(Paper::arxivId).containsExactly("2507.01234", "2506.09876");
        assertThat(problems.skipped()).singleElement().satisfies(p -> assertThat(p.category()).isEqualTo("invalid JSON"));
    }

    @Test
    void kaggleSnapshotRecordsAreDatedByTheirFirstVersionElseTheirUpdateDate() throws IOException {
        List<Paper> papers = TestFiles.read(new JsonLinesReader(), TestFiles.resource("jsonl/kaggle-snapshot.jsonl"),
                ProblemHandler.strict());

        assertThat(papers).extracting(Paper::arxivId, Paper::title, Paper::date, Paper::categories).containsExactly(
                tuple("0704.0001", "Invented Results on Made-up Graphs", LocalDate.of(2007, 4, 2),
                        List.of("cs.LG", "stat.ML")),
                tuple("2310.01234", "No Versions Here", LocalDate.of(2023, 10, 5), List.of("cs.CL")));
        assertThat(papers.get(0).abstractText()).isEqualTo("We invent a graph and study it. The study is invented too.");
    }
}
