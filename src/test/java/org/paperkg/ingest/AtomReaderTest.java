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

class AtomReaderTest {

    private final AtomReader reader = new AtomReader();

    @Test
    void readsArxivApiEntries() throws IOException {
        RecordingProblems problems = new RecordingProblems();
        List<Paper> papers = TestFiles.read(reader, TestFiles.resource("atom/arxiv-feed.xml"), problems);

        assertThat(papers).extracting(Paper::recordId, Paper::arxivId, Paper::date, p -> p.source().line())
                .containsExactly(
                        tuple("http://arxiv.org/abs/2101.00001v1", "2101.00001", LocalDate.of(2021, 1, 1), 8L),
                        tuple("http://arxiv.org/abs/cs/0101001v2", "cs/0101001", LocalDate.of(2001, 1, 3), 23L));
        Paper first = papers.get(0);
        assertThat(first.title()).isEqualTo("Etiquette of Large Language Models");
        assertThat(first.originalTitle()).isEqualTo("Etiquette of Large\n  Language Models");
        assertThat(first.abstractText()).isEqualTo("We study how large language models follow social norms and report"
                + " a 34% gain from <b>norm</b> prompting & fine-tuning.");
        assertThat(first.categories()).containsExactly("cs.CL", "cs.AI");
        assertThat(papers.get(1).title()).isEqualTo("An Old-Style <Entry>");
        assertThat(papers.get(1).categories()).containsExactly("cs.LG");
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.where()).hasToString("arxiv-feed.xml:30");
            assertThat(p.message()).isEqualTo(
                    "no abstract: entry http://arxiv.org/abs/2101.00003v1 has no <summary> text");
        });
    }

    @Test
    void malformedXmlKeepsTheEntriesBeforeTheBreak() throws IOException {
        RecordingProblems problems = new RecordingProblems();
        List<Paper> papers = TestFiles.read(reader, TestFiles.resource("atom/malformed.xml"), problems);

        assertThat(papers).extracting(Paper::title).containsExactly("First Entry", "Second Entry");
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(RecordingProblems.Kind.SKIPPED);
            assertThat(p.where()).hasToString("malformed.xml:16");
            assertThat(p.message()).startsWith("malformed XML: ").contains("(line 16, column ")
                    .endsWith("the 2 entries before it were kept, the rest of the file was not read");
        });
    }

    @Test
    void externalEntitiesAreNeverExpanded() throws IOException {
        RecordingProblems problems = new RecordingProblems();
        List<Paper> papers = TestFiles.read(reader, TestFiles.resource("atom/xxe.xml"), problems);

        // with DTDs off the entity is undeclared: the file is malformed input, nothing is read from /etc
        assertThat(papers).isEmpty();
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.where()).hasToString("xxe.xml:8");
            assertThat(p.message()).startsWith("malformed XML: ").contains("\"secret\"");
        });
    }

    @Test
    void aFeedWithoutEntriesIsSkipped(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("empty.xml"),
                "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>nothing</title></feed>", StandardCharsets.UTF_8);
        RecordingProblems problems = new RecordingProblems();

        assertThat(TestFiles.read(reader, file, problems)).isEmpty();
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(RecordingProblems.Kind.SKIPPED);
            assertThat(p.message()).isEqualTo("empty file: the feed has no <entry> elements");
        });
    }

    @Test
    void gzippedFeedsAreRead(@TempDir Path dir) throws IOException {
        Path gz = TestFiles.gzip(Files.readAllBytes(TestFiles.resource("atom/arxiv-feed.xml")), dir.resolve("feed.xml.gz"));

        assertThat(TestFiles.read(reader, gz, new RecordingProblems())).hasSize(2);
    }
}
