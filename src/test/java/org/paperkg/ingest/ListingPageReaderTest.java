package org.paperkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingPageReaderTest {

    private final ListingPageReader reader = new ListingPageReader();

    @Test
    void readsPagesWithBlankLinesAndDates() throws IOException {
        List<Paper> papers = TestFiles.read(reader, TestFiles.resource("listing/with-blank-lines.txt"),
                ProblemHandler.strict());

        assertThat(papers).extracting(Paper::title).containsExactly(
                "Sparse Mixture Routing for Efficient Language Models",
                "PanGu-α: Large-scale Autoregressive Models",
                "Robust Depth Estimation in Fog");
        assertThat(papers).extracting(p -> p.source().line()).containsExactly(11L, 15L, 21L);
        assertThat(papers).extracting(Paper::listingDate)
                .containsExactly(MonthDay.of(3, 12), MonthDay.of(3, 12), MonthDay.of(3, 13));
        Paper first = papers.get(0);
        assertThat(first.abstractText()).contains("40% fewer FLOPs").doesNotContain("\\%");
        assertThat(first.originalAbstract()).contains("40\\% fewer FLOPs");
        assertThat(first.source().file()).isEqualTo("with-blank-lines.txt");
        assertThat(first.recordId()).isNull();
        assertThat(first.arxivId()).isNull();
        assertThat(first.date()).isNull();
        assertThat(papers.get(1).originalTitle()).isEqualTo("PanGu-$α$: Large-scale Autoregressive Models");
        assertThat(papers.get(1).abstractText()).contains("PanGu-α,", "O(n^2) attention");
    }

    @Test
    void readsCompactPagesAndCutsAGluedHeader() throws IOException {
        RecordingProblems problems = new RecordingProblems();
        List<Paper> papers = TestFiles.read(reader, TestFiles.resource("listing/compact.txt"), problems);

        assertThat(papers).extracting(Paper::title).containsExactly(
                "AraELECTRA-Lite: Small Discriminators for Arabic",
                "Subscribers and Followers: Modelling Social Graph Growth");
        assertThat(papers).extracting(p -> p.source().line()).containsExactly(3L, 5L);
        assertThat(papers).extracting(Paper::listingDate).containsOnlyNulls();
        assertThat(papers.get(0).originalTitle()).isEqualTo("AraELECTRA-Lite: Small Discriminators for Arabic");
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(RecordingProblems.Kind.WARNING);
            assertThat(p.where()).isEqualTo(new SourceRef("compact.txt", 3));
            assertThat(p.message()).startsWith("header glued to title: \"Subscribe\"");
        });
    }

    @Test
    void aTitleAtTheEndWithoutAbstractIsSkipped() throws IOException {
        RecordingProblems problems = new RecordingProblems();
        List<Paper> papers = TestFiles.read(reader, TestFiles.resource("listing/truncated.txt"), problems);

        assertThat(papers).extracting(Paper::title).containsExactly("A Complete First Paper");
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(RecordingProblems.Kind.SKIPPED);
            assertThat(p.where()).hasToString("truncated.txt:5");
            assertThat(p.message()).startsWith("title without abstract: the file ends after the title")
                    .contains("A Title Whose Abstract Was Cut Off");
        });
    }

    @Test
    void recoversFromAMissingTitleAndAMissingAbstract() throws IOException {
        RecordingProblems problems = new RecordingProblems();
        List<Paper> papers = TestFiles.read(reader, TestFiles.resource("listing/missing-abstract.txt"), problems);

        assertThat(papers).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Graph Transformers at Scale");
            assertThat(p.abstractText()).startsWith("We scale graph transformers");
            assertThat(p.source().line()).isEqualTo(4);
            assertThat(p.listingDate()).isEqualTo(MonthDay.of(7, 3));
        });
        assertThat(problems.skipped()).extracting(p -> p.where().line(), RecordingProblems.Problem::category)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, "abstract without title"),
                        org.assertj.core.groups.Tuple.tuple(3L, "title without abstract"));
    }

    @Test
    void anOverlongLineIsSkippedWithoutHoldingIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("long.txt");
        String abstractLine = "An abstract that is long enough to look like one. ".repeat(8);
        Files.writeString(file, "First Title\n" + abstractLine + "\nSecond Title\n" + "x".repeat(5000) + "\n"
                + "Third Title\n" + abstractLine + "\n", StandardCharsets.UTF_8);
        RecordingProblems problems = new RecordingProblems();

        List<Paper> papers = TestFiles.read(new ListingPageReader(1000), file, problems);

        assertThat(papers).extracting(Paper::title).containsExactly("First Title", "Third Title");
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.where()).hasToString("long.txt:3");
            assertThat(p.message()).startsWith("line too long: the abstract at line 4 has 5000 bytes");
        });
    }

    @Test
    void anEmptyFileIsSkipped(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("empty.txt"), "new\n\nSubscribe\n");
        RecordingProblems problems = new RecordingProblems();

        assertThat(TestFiles.read(reader, file, problems)).isEmpty();
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(RecordingProblems.Kind.SKIPPED);
            assertThat(p.message()).startsWith("empty file");
        });
    }

    @Test
    void strictHandlerStopsAtTheFirstProblem() {
        assertThatThrownBy(() -> TestFiles.read(reader, TestFiles.resource("listing/truncated.txt"),
                ProblemHandler.strict()))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("truncated.txt:5: skipped: title without abstract");
    }

    @Test
    void dateLines() {
        assertThat(ListingPageReader.parseDate("Mar 12")).isEqualTo(MonthDay.of(3, 12));
        assertThat(ListingPageReader.parseDate("Jul 3")).isEqualTo(MonthDay.of(7, 3));
        assertThat(ListingPageReader.parseDate("September 30")).isEqualTo(MonthDay.of(9, 30));
        assertThat(ListingPageReader.parseDate("Sept 1")).isEqualTo(MonthDay.of(9, 1));
        assertThat(ListingPageReader.parseDate("Feb 30")).isNull();
        assertThat(ListingPageReader.parseDate("Marvel 12")).isNull();
        assertThat(ListingPageReader.parseDate("Mar 12: a title")).isNull();
    }
}
