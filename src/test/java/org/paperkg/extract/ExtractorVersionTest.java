package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extractor's version follows its rule files, word lists, lexicon files, model and code (issue 13, item 5). */
class ExtractorVersionTest {

    @TempDir
    Path tmp;

    /** Copies a class-path folder into {@code target}. */
    private static Path copy(String folder, Path target) throws IOException {
        Path source;
        try {
            Path classes = Path.of(ExtractorVersion.class.getResource("ExtractorVersion.class").toURI())
                    .getParent().getParent().getParent().getParent();
            source = classes.resolve(folder);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }

    private static void append(Path file, String text) throws IOException {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyKindOfExtractorFileChangesTheVersionAndRestoringItRestoresTheVersion() throws IOException {
        Path extract = copy("org/paperkg/extract", tmp.resolve("extract"));
        Path lexicon = copy("ontology/lexicon", tmp.resolve("lexicon"));
        List<Path> roots = List.of(extract, lexicon);
        String original = ExtractorVersion.of("rules-0.1.0", roots);
        assertThat(original).matches("rules-0\\.1\\.0\\+[0-9a-f]{12}");

        List<Path> edits = List.of(
                extract.resolve("results.rules"),                    // a rule file
                extract.resolve("generic-names.txt"),                // a word list
                lexicon.resolve("datasets.ttl"),                     // a curated lexicon file
                extract.resolve("ner/paperkg-ner.crf.ser.gz"),       // the CRF model
                extract.resolve("CoreNlpExtractor.class"));          // the code
        for (Path file : edits) {
            assertThat(file).as("the copy holds %s", file.getFileName()).isRegularFile();
            byte[] before = Files.readAllBytes(file);
            append(file, "\n# edited\n");
            assertThat(ExtractorVersion.of("rules-0.1.0", roots)).as("after editing %s", file.getFileName())
                    .isNotEqualTo(original);
            Files.write(file, before);
            assertThat(ExtractorVersion.of("rules-0.1.0", roots)).isEqualTo(original);
        }
    }

    @Test
    void aNewInducedLexiconFileChangesTheVersion() throws IOException {
        Path extract = copy("org/paperkg/extract", tmp.resolve("extract"));
        Path lexicon = copy("ontology/lexicon", tmp.resolve("lexicon"));
        String before = ExtractorVersion.of("x", List.of(extract, lexicon));
        Files.createDirectories(lexicon.resolve("induced"));
        Files.writeString(lexicon.resolve("induced/datasets.tsv"), "name\tpapers\nFooBench\t12\n");
        assertThat(ExtractorVersion.of("x", List.of(extract, lexicon))).isNotEqualTo(before);
    }

    @Test
    void theClassPathVersionIsTheLabelAndTheHashOfTheClassPathFiles() throws IOException {
        Path extract = copy("org/paperkg/extract", tmp.resolve("extract"));
        Path lexicon = copy("ontology/lexicon", tmp.resolve("lexicon"));
        assertThat(ExtractorVersion.of("rules-0.1.0"))
                .isEqualTo(ExtractorVersion.of("rules-0.1.0", List.of(extract, lexicon)));
        assertThat(ExtractorVersion.of("rules+crf-0.2.1")).startsWith("rules+crf-0.2.1+");
    }
}
