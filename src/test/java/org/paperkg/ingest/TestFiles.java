package org.paperkg.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Test inputs: files under {@code src/test/resources/ingest/} and gzip helpers. */
final class TestFiles {

    private TestFiles() {
    }

    /** The path of {@code ingest/<name>} on the test class path. */
    static Path resource(String name) {
        URL url = TestFiles.class.getResource("/ingest/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource ingest/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code content} gzip-compressed to {@code target}. */
    static Path gzip(byte[] content, Path target) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            out.write(content);
        }
        return target;
    }

    /** Reads a file with {@code reader}, collecting papers and problems. */
    static List<Paper> read(CorpusReader reader, Path file, ProblemHandler problems) throws IOException {
        List<Paper> papers = new ArrayList<>();
        reader.read(file, file.getFileName().toString(), papers::add, problems);
        return papers;
    }
}
