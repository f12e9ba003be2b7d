package org.paperkg.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.ingest.Corpus;
import org.paperkg.ingest.IngestSummary;
import org.paperkg.ingest.InputLocation;
import org.paperkg.ingest.Paper;
import org.paperkg.ingest.ProblemHandler;
import org.paperkg.ingest.SourceRef;

/** Inputs named by Hadoop URIs read exactly as the same files named by local paths. */
class HadoopInputTest {

    private static final Configuration HADOOP = new Configuration();

    @Test
    void aFolderUriReadsTheSameRecordsAndProblemsAsItsLocalPath() throws Exception {
        Path mixed = resource("/ingest/corpus/mixed");
        Read local = read(InputLocation.of(mixed));
        Read viaHadoop = read(HadoopInput.resolve(mixed.toUri().toString(), HADOOP));

        assertThat(viaHadoop.location).isInstanceOf(HadoopInput.class);
        assertThat(viaHadoop.papers).isNotEmpty();
        assertThat(viaHadoop.papers).extracting(Paper::title)
                .containsExactlyElementsOf(local.papers.stream().map(Paper::title).toList());
        assertThat(viaHadoop.papers).extracting(Paper::abstractText)
                .containsExactlyElementsOf(local.papers.stream().map(Paper::abstractText).toList());
        assertThat(viaHadoop.problems).containsExactlyElementsOf(local.problems);
        assertThat(viaHadoop.summary.describe()).isEqualTo(local.summary.describe());
        assertThat(viaHadoop.papers.get(0).source().file()).startsWith("file:");
    }

    @Test
    void aGzipFileUriIsDecompressedByContent(@TempDir Path tmp) throws Exception {
        Path gz = tmp.resolve("a.jsonl.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("{\"id\":\"2401.00001\",\"title\":\"A Title\",\"abstract\":\"We propose X.\"}\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Read r = read(HadoopInput.resolve(gz.toUri().toString(), HADOOP));
        assertThat(r.papers).extracting(Paper::title).containsExactly("A Title");
        assertThat(r.problems).isEmpty();
    }

    @Test
    void aPathWithoutSchemeStaysLocal(@TempDir Path tmp) throws IOException {
        assertThat(HadoopInput.resolve(tmp.toString(), HADOOP)).isNotInstanceOf(HadoopInput.class);
        assertThat(HadoopInput.isUri(tmp.toString())).isFalse();
        assertThat(HadoopInput.isUri("hdfs://namenode:8020/abstracts")).isTrue();
    }

    @Test
    void aMissingUriIsAUsageErrorNamingIt(@TempDir Path tmp) throws IOException {
        String missing = tmp.resolve("nothing-here.jsonl").toUri().toString();
        InputLocation location = HadoopInput.resolve(missing, HADOOP);
        assertThatThrownBy(() -> Corpus.readLocations(List.of(location), p -> { }, ProblemHandler.strict()))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("nothing-here.jsonl")
                .hasMessageContaining("input not found");
    }

    @Test
    void aSchemeWithoutConnectorSaysWhatToAdd() {
        assertThatThrownBy(() -> HadoopInput.resolve("nosuchfs://bucket/abstracts.jsonl", HADOOP))
                .isInstanceOf(IOException.class).hasMessageContaining("nosuchfs")
                .hasMessageContaining("connector");
    }

    private record Read(InputLocation location, List<Paper> papers, List<String> problems, IngestSummary summary) {
    }

    private static Read read(InputLocation location) throws IOException {
        List<Paper> papers = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        ProblemHandler collect = new ProblemHandler() {
            @Override
            public void skipped(SourceRef where, String why) {
                problems.add("skipped " + fileName(where) + " " + why);
            }

            @Override
            public void warning(SourceRef where, String what) {
                problems.add("warning " + fileName(where) + " " + what);
            }

            @Override
            public void damaged(SourceRef where, String what) {
                problems.add("damaged " + fileName(where) + " " + what);
            }

            @Override
            public void note(SourceRef where, String what) {
                problems.add("note " + fileName(where) + " " + what);
            }
        };
        IngestSummary summary = Corpus.readLocations(List.of(location), papers::add, collect);
        return new Read(location, papers, problems, summary);
    }

    /** The last segment of the file a problem names, the same for a path and its file: URI. */
    private static String fileName(SourceRef where) {
        String f = where.file();
        return f.substring(f.lastIndexOf('/') + 1);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(HadoopInputTest.class.getResource(name).toURI());
    }
}
