package org.paperkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {

    private final JsonLinesReader reader = new JsonLinesReader();

    @Test
    void readsTheArxivShape() throws IOException {
        List<Paper> papers = TestFiles.read(reader, TestFiles.resource("jsonl/arxiv.jsonl"), ProblemHandler.strict());

        assertThat(papers).extracting(Paper::recordId, Paper::arxivId, Paper::title, Paper::date, p -> p.source().line())
                .containsExactly(
                        tuple("2503.13531", "2503.13531", "Sparse Routing at Scale", LocalDate.of(2025, 3, 19), 1L),
                        tuple("2503.13532v2", "2503.13532", "Depth in Fog & Rain", LocalDate.of(2025, 3, 1), 2L),
                        tuple("cs/0101001", "cs/0101001", "An Old-Style Paper", LocalDate.of(2001, 1, 1), 4L),
                        tuple("not-an-arxiv-id", null, "No arXiv Id", null, 5L));
        assertThat(papers.get(0).categories()).containsExactly("cs.CL", "cs.AI");
        assertThat(papers.get(1).categories()).containsExactly("cs.CV", "eess.IV");
        assertThat(papers.get(0).abstractText()).contains("2.3× speed-up");
        assertThat(papers.get(0).originalAbstract()).contains("2.3$\\times$ speed-up");
        assertThat(papers.get(1).originalTitle()).isEqualTo("Depth in  Fog &amp; Rain");
        assertThat(papers.get(3).abstractText()).isEqualTo("The abstract can be called summary.");
    }

    @Test
    void corporaRecordsWithoutTitleTakeTheirId() throws IOException {
        RecordingProblems problems = new RecordingProblems();
        List<Paper> papers = TestFiles.read(reader, TestFiles.resource("jsonl/corpora.jsonl"), problems);

        assertThat(papers).extracting(Paper::recordId, Paper::title)
                .containsExactly(tuple("X96-1059", "X96-1059"), tuple("CVPR_2009_18_abs", "CVPR_2009_18_abs"),
                        tuple("P18-1001", "A Titled Record"));
        assertThat(papers.get(0).abstractText()).startsWith("This paper presents a parser for Czech");
        assertThat(papers).extracting(Paper::arxivId).containsOnlyNulls();
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(RecordingProblems.Kind.WARNING);
            assertThat(p.where()).hasToString("corpora.jsonl:1");
            assertThat(p.message()).isEqualTo(
                    "no title: 2 records have no title, so the record id was used as the title (first at line 1)");
        });
    }

    @Test
    void badLinesAreSkippedOneByOneAndTheRestIsRead() throws IOException {
        RecordingProblems problems = new RecordingProblems();
        List<Paper> papers = TestFiles.read(reader, TestFiles.resource("jsonl/bad-lines.jsonl"), problems);

        assertThat(papers).extracting(Paper::title)
                .containsExactly("Good One", "Bad Date", "Numeric Date", "Good Two");
        assertThat(papers.get(1).date()).isNull();
        assertThat(problems.skipped()).extracting(p -> p.where().line(), RecordingProblems.Problem::category)
                .containsExactly(
                        tuple(2L, "invalid JSON"),
                        tuple(3L, "not a JSON object"),
                        tuple(4L, "no abstract"),
                        tuple(5L, "no title or abstract"),
                        tuple(6L, "no title"),
                        tuple(9L, "no abstract"),
                        tuple(10L, "invalid JSON"));
        assertThat(problems.skipped().get(0).message())
                .startsWith("invalid JSON: Unexpected character ('\"'").contains("at column 69").endsWith("fix or remove the line");
        assertThat(problems.skipped().get(1).message()).contains("holds a JSON array");
        assertThat(problems.skipped().get(2).message()).contains("record 2503.00003");
        assertThat(problems.skipped().get(5).message())
                .startsWith("no abstract: the abstract \"&nbsp;\u200b \\textbf{}\" is empty once markup");
        assertThat(problems.warnings()).extracting(p -> p.where().line(), RecordingProblems.Problem::message)
                .containsExactly(
                        tuple(7L, "bad date: \"2025-13-45\" is not a date (" + Dates.EXPECTED
                                + "); the record is kept without a date"),
                        tuple(8L, "bad date: \"date\" is a JSON number, not a string (" + Dates.EXPECTED
                                + "); the record is kept without a date"));
    }

    @Test
    void aTruncatedLastLineIsReportedAsSuch() throws IOException {
        RecordingProblems problems = new RecordingProblems();
        List<Paper> papers = TestFiles.read(reader, TestFiles.resource("jsonl/truncated-last-line.jsonl"), problems);

        assertThat(papers).extracting(Paper::title).containsExactly("Complete");
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.where()).hasToString("truncated-last-line.jsonl:2");
            assertThat(p.message()).startsWith("truncated line: the last line ends before its JSON object does");
        });
    }

    @Test
    void invalidUtf8IsReplacedAndTheRecordKept() throws IOException {
        RecordingProblems problems = new RecordingProblems();
        List<Paper> papers = TestFiles.read(reader, TestFiles.resource("jsonl/invalid-utf8.jsonl"), problems);

        assertThat(papers).extracting(Paper::title).containsExactly("Before", "Latin-1 Caf\uFFFD", "After");
        assertThat(papers.get(1).abstractText()).isEqualTo("Bytes \uFFFD\uFFFD are not UTF-8.");
        assertThat(papers.get(2).abstractText()).endsWith("with é in UTF-8.");
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(RecordingProblems.Kind.DAMAGED);
            assertThat(p.where()).hasToString("invalid-utf8.jsonl:2");
            assertThat(p.message()).startsWith("invalid UTF-8: bytes at column 43");
        });
    }

    @Test
    void aFiveMegabyteLineIsSkippedAndReadingGoesOn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(line("2503.00001", "Before", "Short.").getBytes(StandardCharsets.UTF_8));
            byte[] huge = new byte[5 * 1024 * 1024];
            Arrays.fill(huge, (byte) 'a');
            out.write("{\"id\": \"2503.00002\", \"title\": \"Huge\", \"abstract\": \"".getBytes(StandardCharsets.UTF_8));
            out.write(huge);
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write(line("2503.00003", "After", "Short too.").getBytes(StandardCharsets.UTF_8));
        }
        RecordingProblems problems = new RecordingProblems();

        List<Paper> papers = TestFiles.read(reader, file, problems);

        assertThat(papers).extracting(Paper::title).containsExactly("Before", "After");
        assertThat(papers.get(1).source().line()).isEqualTo(3);
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.where()).hasToString("huge.jsonl:2");
            assertThat(p.message()).startsWith("line too long: 5242933 bytes, over the limit of 1048576");
        });
    }

    @Test
    void emptyFilesAreSkipped() throws IOException {
        for (String name : List.of("jsonl/empty.jsonl", "jsonl/blank-lines-only.jsonl")) {
            RecordingProblems problems = new RecordingProblems();
            assertThat(TestFiles.read(reader, TestFiles.resource(name), problems)).isEmpty();
            assertThat(problems.all()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(RecordingProblems.Kind.SKIPPED);
                assertThat(p.where().line()).isZero();
                assertThat(p.message()).isEqualTo("empty file: no JSON lines in it");
            });
        }
    }

    @Test
    void gzipIsRecognisedByContentNotName(@TempDir Path dir) throws IOException {
        byte[] content = Files.readAllBytes(TestFiles.resource("jsonl/arxiv.jsonl"));
        Path named = TestFiles.gzip(content, dir.resolve("arxiv.jsonl.gz"));
        Path unnamed = TestFiles.gzip(content, dir.resolve("arxiv-compressed.jsonl"));
        Path plainButNamedGz = Files.write(dir.resolve("plain.jsonl.gz"), content);

        for (Path file : List.of(named, unnamed, plainButNamedGz)) {
            assertThat(TestFiles.read(reader, file, ProblemHandler.strict())).as(file.toString())
                    .extracting(Paper::arxivId).containsExactly("2503.13531", "2503.13532", "cs/0101001", null);
        }
    }

    @Test
    void aTruncatedGzipKeepsWhatWasReadAndReportsTheRest(@TempDir Path dir) throws IOException {
        StringBuilder content = new StringBuilder();
        for (int i = 1; i <= 2000; i++) {
            content.append(line(String.format("2503.%05d", i), "Paper " + i,
                    "Abstract number " + i + " with some words to make the file compress less well " + i * 7919));
        }
        Path whole = TestFiles.gzip(content.toString().getBytes(StandardCharsets.UTF_8), dir.resolve("whole.jsonl.gz"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(bytes, bytes.length / 2));
        RecordingProblems problems = new RecordingProblems();

        List<Paper> papers = TestFiles.read(reader, cut, problems);

        assertThat(papers).hasSizeBetween(100, 1999);
        assertThat(papers).extracting(p -> p.source().line())
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, papers.size()).boxed().toList());
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(RecordingProblems.Kind.SKIPPED);
            assertThat(p.where().line()).isEqualTo(papers.size() + 1L);
            assertThat(p.message()).startsWith("truncated gzip: the compressed data ends or breaks after line "
                    + papers.size()).contains("records before it were kept");
        });
    }

    @Test
    void datesInEveryAcceptedForm() {
        assertThat(Dates.parse("2025-03-19")).isEqualTo(LocalDate.of(2025, 3, 19));
        assertThat(Dates.parse("2025-03")).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(Dates.parse("2021-01-01T23:30:00Z")).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(Dates.parse("2021-01-01T23:30:00-05:00")).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(Dates.parse("2021-01-01T23:30:00.123")).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(Dates.parse(" 2021-01-01 08:00:00 ")).isEqualTo(LocalDate.of(2021, 1, 1));
        for (String bad : List.of("2025", "2025-02-30", "19/03/2025", "yesterday", "2025-03-19Tnoon")) {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Dates.parse(bad))
                    .withMessageContaining("is not a date");
        }
    }

    private static String line(String id, String title, String abstractText) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"abstract\": \"" + abstractText + "\"}\n";
    }
}
