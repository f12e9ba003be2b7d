package org.paperkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    private final CsvReader reader = new CsvReader();

    @Test
    void readsQuotedMultiLineFieldsByHeaderName() throws IOException {
        RecordingProblems problems = new RecordingProblems();
        List<Paper> papers = TestFiles.read(reader, TestFiles.resource("csv/papers.csv"), problems);

        assertThat(papers).extracting(Paper::recordId, Paper::title, Paper::date, p -> p.source().line())
                .containsExactly(
                        tuple("2503.13531", "Sparse Routing at Scale", LocalDate.of(2025, 3, 19), 2L),
                        tuple("2503.13532", "A Title With \"Quotes\", Commas", LocalDate.of(2025, 3, 1), 3L),
                        tuple("2503.13533", "Bad Date", null, 7L),
                        tuple("2503.13534", "Fewer Fields", null, 8L));
        assertThat(papers.get(0).abstractText()).isEqualTo(
                "We scale sparse routing to 1T parameters, and report a 2.3× speed-up.");
        assertThat(papers.get(0).categories()).containsExactly("cs.CL", "cs.AI");
        assertThat(papers.get(0).arxivId()).isEqualTo("2503.13531");
        assertThat(papers.get(1).originalAbstract()).isEqualTo("An abstract that spans\ntwo lines inside its quotes.");
        assertThat(papers.get(1).abstractText()).isEqualTo("An abstract that spans two lines inside its quotes.");
        assertThat(papers.get(1).categories()).containsExactly("cs.CV", "eess.IV");
        assertThat(problems.all()).extracting(p -> p.where().line(), RecordingProblems.Problem::category)
                .containsExactly(tuple(6L, "no abstract"), tuple(7L, "bad date"));
    }

    @Test
    void aMissingColumnSkipsTheFileAndSaysWhatIsThere() throws IOException {
        RecordingProblems problems = new RecordingProblems();
        List<Paper> papers = TestFiles.read(reader, TestFiles.resource("csv/missing-column.csv"), problems);

        assertThat(papers).isEmpty();
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(RecordingProblems.Kind.SKIPPED);
            assertThat(p.where()).hasToString("missing-column.csv:1");
            assertThat(p.message()).isEqualTo("missing columns: the header has no title and abstract (or summary or"
                    + " text) column; found [name, body, year], needed title and abstract (or summary or text),"
                    + " optional id, date, categories; the file was not read");
        });
    }

    @Test
    void anUnbalancedQuoteKeepsTheRecordsBeforeIt() throws IOException {
        RecordingProblems problems = new RecordingProblems();
        List<Paper> papers = TestFiles.read(reader, TestFiles.resource("csv/unbalanced-quote.csv"), problems);

        assertThat(papers).extracting(Paper::title).containsExactly("Good Before");
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(RecordingProblems.Kind.SKIPPED);
            assertThat(p.where()).hasToString("unbalanced-quote.csv:3");
            assertThat(p.message()).startsWith("invalid CSV: ")
                    .endsWith("the 1 records before it were kept, the rest of the file was not read");
        });
    }

    @Test
    void aRunawayRecordIsCutOffInBoundedMemory(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("runaway.csv");
        Files.writeString(file, "title,abstract\nFirst,Fine.\nSecond,\"" + "never closed ".repeat(200_000) + "\n",
                StandardCharsets.UTF_8);
        RecordingProblems problems = new RecordingProblems();

        List<Paper> papers = TestFiles.read(reader, file, problems);

        assertThat(papers).extracting(Paper::title).containsExactly("First");
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.where()).hasToString("runaway.csv:3");
            assertThat(p.message()).startsWith("record too long: the record starting here runs past 1048576 characters");
        });
    }

    @Test
    void headerOnlyAndEmptyFilesAreSkipped(@TempDir Path dir) throws IOException {
        for (String content : List.of("", "Title,Abstract\n")) {
            Path file = Files.writeString(dir.resolve("f.csv"), content);
            RecordingProblems problems = new RecordingProblems();
            assertThat(TestFiles.read(reader, file, problems)).isEmpty();
            assertThat(problems.all()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(RecordingProblems.Kind.SKIPPED);
                assertThat(p.category()).isEqualTo("empty file");
            });
        }
    }

    @Test
    void bomAndCrLfAreHandled(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("excel.csv"),
                "\uFEFFTitle,Text\r\nFrom Excel,Saved with CRLF and a BOM.\r\nSecond,Also fine.\r\n");

        assertThat(TestFiles.read(reader, file, ProblemHandler.strict()))
                .extracting(Paper::title, p -> p.source().line())
                .containsExactly(tuple("From Excel", 2L), tuple("Second", 3L));
    }
}
