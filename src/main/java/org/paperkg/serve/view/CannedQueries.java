package org.paperkg.serve.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The canned queries of {@code queries/*.rq}, packaged on the class path under {@code /queries/},
 * offered as examples on the query page.
 *
 * <p>A query file starts with a comment block; its first line is the query's title and the rest
 * describes it. A file without comments is titled by its name.
 */
public final class CannedQueries {

    private static final Logger LOG = LoggerFactory.getLogger(CannedQueries.class);

    /** One canned query. */
    public record Canned(String name, String title, String description, String text) {
    }

    private CannedQueries() {
    }

    /** The packaged queries, by file name; none when the folder is absent or empty. */
    public static List<Canned> load() {
        URL url = CannedQueries.class.getResource("/queries");
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return read(fs.getPath("/queries"));
            }
            return read(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            LOG.warn("cannot list the canned queries at {}: {}", url, e.getMessage());
            return List.of();
        }
    }

    private static List<Canned> read(Path dir) throws IOException {
        List<Canned> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted(Comparator.comparing(Path::toString)).toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    out.add(parse(f.getFileName().toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read canned query " + f, e);
                }
            }
        }
        return List.copyOf(out);
    }

    /** A canned query from its file name and text. */
    static Canned parse(String fileName, String text) {
        String name = fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
        List<String> comment = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("#")) {
                comment.add(t.replaceFirst("^#+\\s?", ""));
            } else if (!t.isEmpty() || !comment.isEmpty()) {
                break;
            }
        }
        while (!comment.isEmpty() && comment.get(0).isBlank()) {
            comment.remove(0);
        }
        String title = comment.isEmpty() ? name : comment.get(0);
        String description = comment.size() > 1 ? String.join("\n", comment.subList(1, comment.size())).strip() : "";
        return new Canned(name, title, description, text);
    }
}
