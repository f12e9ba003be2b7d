package org.paperkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged and odd input found by probing (issue 16, items 4 to 7): nothing good is lost, every loss is named. */
class DamagedInputTest {

    @TempDir
    Path dir;

    private static final String LONG_ABSTRACT = "We study a problem at length. ".repeat(15).strip();

    /** Complete lines that a byte-at-a-time gunzip recovers from {@code cut}: the most any reader can keep. */
    private static long completeLinesIn(byte[] cut) throws IOException {
        long lines = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(cut), 512)) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n') {
                    lines++;
                }
            }
        } catch (IOException expected) {
            // the cut
        }
        return lines;
    }

    @Test
    void aTruncatedGzipKeepsEveryCompleteRecordBeforeTheCut() throws IOException {
        StringBuilder content = new StringBuilder();
        for (int i = 1; i <= 3000; i++) {
            content.append("{\"id\": \"2503.").append(String.format("%05d", i)).append("\", \"title\": \"Paper ")
                    .append(i).append("\", \"abstract\": \"Words ").append(i * 7919L % 104729).append(" and ")
                    .append(Integer.toHexString(i * 31337)).append(" of abstract number ").append(i).append(".\"}\n");
        }
        Path whole = TestFiles.gzip(content.toString().getBytes(StandardCharsets.UTF_8), dir.resolve("w.jsonl.gz"));
        byte[] bytes = Files.readAllBytes(whole);
        for (int cutAt : new int[] {bytes.length / 3, bytes.length / 2, bytes.length - 20}) {
            byte[] cut = Arrays.copyOf(bytes, cutAt);
            Path file = Files.write(dir.resolve("cut.jsonl.gz"), cut);
            long complete = completeLinesIn(cut);
            RecordingProblems problems = new RecordingProblems();

            List<Paper> papers = TestFiles.read(new JsonLinesReader(), file, problems);

            assertThat(complete).as("cut at %d", cutAt).isGreaterThan(100);
            assertThat(papers).as("cut at %d", cutAt).hasSize((int) complete);
            assertThat(problems.all()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(RecordingProblems.Kind.SKIPPED);
                assertThat(p.where().line()).isEqualTo(complete + 1);
                assertThat(p.message()).startsWith("truncated gzip: the compressed data ends or breaks after line "
                        + complete);
            });
        }
    }

    @Test
    void aTruncatedGzipListingPageKeepsEveryCompletePaper() throws IOException {
        StringBuilder page = new StringBuilder("new\nMar 12\n");
        for (int i = 1; i <= 400; i++) {
            page.append("Paper Number ").append(i).append(" On Things\n")
                    .append("Abstract ").append(i).append(' ').append(Integer.toHexString(i * 7919)).append(": ")
                    .append(LONG_ABSTRACT).append('\n');
        }
        byte[] bytes = Files.readAllBytes(TestFiles.gzip(page.toString().getBytes(StandardCharsets.UTF_8),
                dir.resolve("p.txt.gz")));
        byte[] cut = Arrays.copyOf(bytes, bytes.length * 2 / 3);
        Path file = Files.write(dir.resolve("cut.txt.gz"), cut);
        long complete = completeLinesIn(cut);
        RecordingProblems problems = new RecordingProblems();

        List<Paper> papers = TestFiles.read(new ListingPageReader(), file, problems);

        long pairs = (complete - 2) / 2;
        assertThat(papers).hasSize((int) pairs);
        assertThat(problems.skipped()).last().satisfies(p ->
                assertThat(p.message()).startsWith("truncated gzip: the compressed data ends or breaks after line "
                        + complete));
    }

    @Test
    void aListingTitleWithoutAbstractCostsOnlyItselfEvenWithShortAbstracts() throws IOException {
        Path file = Files.writeString(dir.resolve("short.txt"), """
                Mar 12
                Title A Lost Its Abstract
                Title B
                Abstract B is short.
                Title C
                Abstract C is short too.
                Title D Also Lost It
                Mar 13
                Title E
                Abstract E is short.
                """);
        RecordingProblems problems = new RecordingProblems();

        List<Paper> papers = TestFiles.read(new ListingPageReader(), file, problems);

        assertThat(papers).extracting(Paper::title, Paper::abstractText, Paper::listingDate).containsExactly(
                tuple("Title B", "Abstract B is short.", MonthDay.of(3, 12)),
                tuple("Title C", "Abstract C is short too.", MonthDay.of(3, 12)),
                tuple("Title E", "Abstract E is short.", MonthDay.of(3, 13)));
        assertThat(problems.all()).extracting(p -> p.where().line(), RecordingProblems.Problem::kind,
                RecordingProblems.Problem::category).containsExactly(
                        tuple(2L, RecordingProblems.Kind.SKIPPED, "title without abstract"),
                        tuple(7L, RecordingProblems.Kind.SKIPPED, "title without abstract"));
        assertThat(problems.all().get(1).message()).contains("Title D Also Lost It", "date line at line 8");
    }

    @Test
    void anImpossibleDateLineIsADateLineWithAWarningNeverATitle() throws IOException {
        Path file = Files.writeString(dir.resolve("dates.txt"), "Feb 28\nFirst Title\n" + LONG_ABSTRACT
                + "\nFeb 31\nSecond Title\n" + LONG_ABSTRACT + "\nJun 99\nThird Title\n" + LONG_ABSTRACT
                + "\nJul 2\nFourth Title\n" + LONG_ABSTRACT + "\n");
        RecordingProblems problems = new RecordingProblems();

        List<Paper> papers = TestFiles.read(new ListingPageReader(), file, problems);

        assertThat(papers).extracting(Paper::title, Paper::listingDate).containsExactly(
                tuple("First Title", MonthDay.of(2, 28)), tuple("Second Title", null), tuple("Third Title", null),
                tuple("Fourth Title", MonthDay.of(7, 2)));
        assertThat(problems.all()).extracting(p -> p.where().line(), RecordingProblems.Problem::kind,
                RecordingProblems.Problem::category).containsExactly(
                        tuple(4L, RecordingProblems.Kind.WARNING, "impossible date"),
                        tuple(7L, RecordingProblems.Kind.WARNING, "impossible date"));
    }

    @Test
    void oneNulByteCostsNoPaperOfThePage() throws IOException {
        byte[] page = ("new\nMar 12\nFirst Title\n" + LONG_ABSTRACT + "\nSecond\u0000 Title\n" + LONG_ABSTRACT
                + "\nThird Title\n" + LONG_ABSTRACT + "\n").getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("nul.txt"), page);
        RecordingProblems problems = new RecordingProblems();

        assertThat(Corpus.detect(file)).contains(InputFormat.LISTING);
        List<Paper> papers = TestFiles.read(new ListingPageReader(), file, problems);

        assertThat(papers).extracting(Paper::title).containsExactly("First Title", "Second Title", "Third Title");
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.where().line()).isEqualTo(5);
            assertThat(p.category()).isEqualTo("NUL byte");
        });
    }

    @Test
    void emptyFilesAndInvalidUtf8MakeTheRunIncomplete() throws IOException {
        Path empty = Files.writeString(dir.resolve("a-empty.jsonl"), "");
        Path latin1 = Files.write(dir.resolve("b-latin1.jsonl"),
                "{\"title\": \"Caf\u00e9\", \"abstract\": \"Bytes in Latin-1.\"}\n".getBytes(StandardCharsets.ISO_8859_1));

        IngestSummary summary = Corpus.read(List.of(empty, latin1), p -> { }, new RecordingProblems());

        assertThat(summary.recordsRead()).isEqualTo(1);
        assertThat(summary.skippedByReason()).containsOnly(java.util.Map.entry("empty file", 1L));
        assertThat(summary.damagedByReason()).containsOnly(java.util.Map.entry("invalid UTF-8", 1L));
        assertThat(summary.describe()).isEqualTo("read 1 record from 2 files; skipped 1 (1 empty file); 1 warning"
                + " (1 damaged: 1 invalid UTF-8)");
    }

    @Test
    void aHugeTitleIsCutAndANumericAbstractIsWarnedAbout() throws IOException {
        String huge = "Huge ".repeat(20_000).strip();
        Path file = Files.writeString(dir.resolve("odd.jsonl"),
                "{\"id\": \"1\", \"title\": \"" + huge + "\", \"abstract\": \"A normal abstract.\"}\n"
                        + "{\"id\": \"2\", \"title\": \"Numbers Only\", \"abstract\": \"12345\"}\n");
        RecordingProblems problems = new RecordingProblems();

        List<Paper> papers = TestFiles.read(new JsonLinesReader(), file, problems);

        assertThat(papers).hasSize(2);
        assertThat(papers.get(0).title()).hasSize(Draft.MAX_TITLE_CHARS).startsWith("Huge Huge").endsWith("\u2026");
        assertThat(papers.get(0).originalTitle().length()).isLessThanOrEqualTo(Draft.MAX_TITLE_CHARS);
        assertThat(papers.get(1).abstractText()).isEqualTo("12345");
        assertThat(problems.all()).extracting(p -> p.where().line(), RecordingProblems.Problem::kind,
                RecordingProblems.Problem::category).containsExactly(
                        tuple(1L, RecordingProblems.Kind.DAMAGED, "title too long"),
                        tuple(2L, RecordingProblems.Kind.WARNING, "abstract without words"));
        assertThat(problems.all().get(0).message()).contains("99999 characters");
    }

    @Test
    void aFoldersReadmeIsLeftOutWithANoteButANamedOneIsReported() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("README.md"), "# My corpus\n\nThese are my papers.\n");
        Files.writeString(corpus.resolve("papers.jsonl"), "{\"title\": \"A\", \"abstract\": \"B.\"}\n");
        RecordingProblems problems = new RecordingProblems();

        IngestSummary summary = Corpus.read(List.of(corpus), p -> { }, problems);

        assertThat(summary.recordsRead()).isEqualTo(1);
        assertThat(summary.skipped()).isZero();
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(RecordingProblems.Kind.NOTE);
            assertThat(p.where().file()).endsWith("README.md");
        });
        RecordingProblems named = new RecordingProblems();
        assertThat(Corpus.read(List.of(corpus.resolve("README.md")), p -> { }, named).skipped()).isEqualTo(1);
    }
}
