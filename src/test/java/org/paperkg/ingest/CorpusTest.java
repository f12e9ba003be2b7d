package org.paperkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

    private final Path mixed = TestFiles.resource("corpus/mixed");

    @Test
    void readsAMixedFolderInNameOrder() throws IOException {
        List<Paper> papers = new ArrayList<>();
        RecordingProblems problems = new RecordingProblems();

        IngestSummary summary = Corpus.read(List.of(mixed), papers::add, problems);

        assertThat(papers).extracting(Paper::title).containsExactly(
                "From JSON Lines", "From CSV", "From A Listing Page", "From JSON Lines In A Txt File");
        assertThat(papers).extracting(p -> mixed.relativize(Path.of(p.source().file())).toString())
                .containsExactly("a.jsonl", "b/c.csv", "b/listing.txt", "d-jsonl-inside.txt");
        assertThat(papers.get(0).source().file()).isEqualTo(mixed.resolve("a.jsonl").toString());
        assertThat(problems.all()).extracting(p -> mixed.relativize(Path.of(p.where().file())).toString(),
                RecordingProblems.Problem::kind, RecordingProblems.Problem::category).containsExactly(
                        tuple(".cache", RecordingProblems.Kind.NOTE, "hidden folder left out"),
                        tuple(".hidden.jsonl", RecordingProblems.Kind.NOTE, "hidden file left out"),
                        tuple("e-scan.txt", RecordingProblems.Kind.SKIPPED, "binary file"),
                        tuple("notes.md", RecordingProblems.Kind.NOTE, "not an input file, left out"));
        assertThat(summary.recordsRead()).isEqualTo(4);
        assertThat(summary.filesRead()).isEqualTo(4);
        assertThat(summary.skippedByReason()).containsOnly(Map.entry("binary file", 1L));
        assertThat(summary.describe()).isEqualTo("read 4 records from 4 files; skipped 1 (1 binary file)");
    }

    @Test
    void problemMessagesNameTheFileAndSayWhatToDo() throws IOException {
        RecordingProblems problems = new RecordingProblems();
        Corpus.read(List.of(mixed), paper -> { }, problems);

        assertThat(problems.all()).extracting(RecordingProblems.Problem::message).containsExactly(
                "hidden folder left out: names starting with a dot are not read from folders; name the file directly"
                        + " to read it",
                "hidden file left out: names starting with a dot are not read from folders; name the file directly"
                        + " to read it",
                "binary file: 5 control bytes in the first 21 bytes (a NUL at offset 4) (decompressed); paperkg reads"
                        + " text corpora: JSON Lines, CSV, Atom XML, listing pages",
                "not an input file, left out: unknown file type: extension .md and content paperkg does not"
                        + " recognise; it reads .jsonl, .ndjson, .json, .csv, .xml, .atom or .txt, optionally .gz");
    }

    @Test
    void aFileNamedDirectlyIsReadEvenWhenHidden() throws IOException {
        List<Paper> papers = new ArrayList<>();
        IngestSummary summary = Corpus.read(List.of(mixed.resolve(".hidden.jsonl"), mixed.resolve("a.jsonl")),
                papers::add, ProblemHandler.strict());

        assertThat(papers).extracting(Paper::title).containsExactly("Hidden", "From JSON Lines");
        assertThat(summary.describe()).isEqualTo("read 2 records from 2 files");
    }

    @Test
    void formatComesFromContentFirstThenExtension(@TempDir Path dir) throws IOException {
        assertThat(Corpus.detect(mixed.resolve("d-jsonl-inside.txt"))).contains(InputFormat.JSON_LINES);
        assertThat(Corpus.detect(mixed.resolve("b/listing.txt"))).contains(InputFormat.LISTING);
        assertThat(Corpus.detect(mixed.resolve("b/c.csv"))).contains(InputFormat.CSV);
        assertThat(Corpus.detect(mixed.resolve("e-scan.txt"))).isEmpty();
        assertThat(Corpus.detect(mixed.resolve("notes.md"))).isEmpty();
        assertThat(Corpus.detect(TestFiles.resource("atom/arxiv-feed.xml"))).contains(InputFormat.ATOM);

        Path csvInTxt = Files.writeString(dir.resolve("export.txt"), "\"Title\",\"Abstract\"\nA,B\n");
        Path csvNoExtension = Files.writeString(dir.resolve("export"), "id,title,summary\n1,A,B\n");
        Path feedAsData = Files.writeString(dir.resolve("feed.data"), "<?xml version=\"1.0\"?>\n<feed/>");
        Path otherXml = Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Path array = Files.writeString(dir.resolve("papers.json"), "[{\"title\": \"A\"}]");
        Path gzJsonl = TestFiles.gzip("{\"title\": \"A\", \"abstract\": \"B\"}\n".getBytes(StandardCharsets.UTF_8),
                dir.resolve("papers.gz"));
        Path gzBinary = TestFiles.gzip(new byte[] {1, 0, 2}, dir.resolve("blob.jsonl.gz"));

        assertThat(Corpus.detect(csvInTxt)).contains(InputFormat.CSV);
        assertThat(Corpus.detect(csvNoExtension)).contains(InputFormat.CSV);
        assertThat(Corpus.detect(feedAsData)).contains(InputFormat.ATOM);
        assertThat(Corpus.detect(otherXml)).isEmpty();
        assertThat(Corpus.detect(array)).isEmpty();
        assertThat(Corpus.detect(gzJsonl)).contains(InputFormat.JSON_LINES);
        assertThat(Corpus.detect(gzBinary)).isEmpty();
    }

    @Test
    void missingInputsAreAUsageErrorBeforeAnythingIsRead(@TempDir Path dir) {
        List<Paper> papers = new ArrayList<>();
        Path missing1 = dir.resolve("nope.jsonl");
        Path missing2 = dir.resolve("nothing-here");

        assertThatThrownBy(() -> Corpus.read(List.of(mixed.resolve("a.jsonl"), missing1, missing2), papers::add,
                ProblemHandler.strict()))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessage(missing1 + ": inputs not found: " + missing1 + ", " + missing2
                        + "; give existing files or folders");
        assertThat(papers).isEmpty();
    }

    @Test
    void anUnreadableFileIsReportedAndTheRunGoesOn(@TempDir Path dir) throws IOException {
        Path broken = Files.write(dir.resolve("a-broken.jsonl.gz"), new byte[] {0x1f, (byte) 0x8b, 8});
        Path good = Files.copy(mixed.resolve("a.jsonl"), dir.resolve("b-good.jsonl"));
        List<Paper> papers = new ArrayList<>();
        RecordingProblems problems = new RecordingProblems();

        IngestSummary summary = Corpus.read(List.of(dir), papers::add, problems);

        assertThat(papers).extracting(p -> p.source().file()).containsExactly(good.toString());
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.where()).hasToString(broken.toString());
            assertThat(p.message()).startsWith("unreadable file: it starts like gzip but cannot be decompressed");
        });
        assertThat(summary.skipped()).isEqualTo(1);
    }

    @Test
    void recordProblemsAreCountedInTheSummary() throws IOException {
        RecordingProblems problems = new RecordingProblems();
        IngestSummary summary = Corpus.read(List.of(TestFiles.resource("jsonl/bad-lines.jsonl")), p -> { }, problems);

        assertThat(summary.recordsRead()).isEqualTo(4);
        assertThat(summary.skippedByReason()).containsOnly(Map.entry("invalid JSON", 2L),
                Map.entry("not a JSON object", 1L), Map.entry("no abstract", 2L), Map.entry("no title", 1L),
                Map.entry("no title or abstract", 1L));
        assertThat(summary.skipped()).isEqualTo(7);
        assertThat(summary.warnings()).isEqualTo(2);
        assertThat(summary).hasToString("read 4 records from 1 file; skipped 7 (2 invalid JSON, 2 no abstract,"
                + " 1 no title, 1 no title or abstract, 1 not a JSON object); 2 warnings");
    }
}
