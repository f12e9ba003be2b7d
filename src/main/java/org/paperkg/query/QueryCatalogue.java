package org.paperkg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The canned queries of {@code queries/}, in the order of {@code queries/index.txt}.
 *
 * <p>The index names every query file (one name per line, {@code #} comments allowed), because
 * a class path cannot be listed portably; a test checks that the index and the folder agree.
 * The index order is the order {@code paperkg query --list} and the Analytics page show.
 *
 * <pre>{@code
 * QueryCatalogue catalogue = QueryCatalogue.load();
 * CatalogueQuery q = catalogue.get("leaderboard");   // QueryUsageException listing the names if unknown
 * }</pre>
 */
public final class QueryCatalogue {

    /** Where the queries sit on the class path (pom.xml packages {@code queries/} there). */
    public static final String RESOURCE_FOLDER = "/queries/";
    public static final String INDEX = "index.txt";

    private final Map<String, CatalogueQuery> queries;

    private QueryCatalogue(List<CatalogueQuery> queries) {
        Map<String, CatalogueQuery> m = new LinkedHashMap<>();
        for (CatalogueQuery q : queries) {
            if (m.put(q.name(), q) != null) {
                throw new IllegalStateException("query '" + q.name() + "' is listed twice in " + INDEX);
            }
        }
        this.queries = m;
    }

    /** The catalogue packaged on the class path; a malformed file fails loudly, naming file and line. */
    public static QueryCatalogue load() {
        return read(RESOURCE_FOLDER + INDEX, name -> {
            try (InputStream in = QueryCatalogue.class.getResourceAsStream(RESOURCE_FOLDER + name)) {
                if (in == null) {
                    throw new IllegalStateException("queries/" + INDEX + " lists '" + name.replace(".rq", "")
                            + "' but queries/" + name + " is not on the class path");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read queries/" + name, e);
            }
        });
    }

    /** The catalogue in a folder laid out like {@code queries/} (tests read the source folder with it). */
    public static QueryCatalogue fromDirectory(Path dir) {
        return read(dir.resolve(INDEX).toString(), name -> {
            try {
                return Files.readString(dir.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + dir.resolve(name), e);
            }
        });
    }

    private static QueryCatalogue read(String indexName, Function<String, String> files) {
        String index = files.apply(INDEX);
        List<CatalogueQuery> list = new ArrayList<>();
        for (String line : index.split("\r?\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            list.add(new QueryHeaderParser("queries/" + name + ".rq", true).parse(name, files.apply(name + ".rq")));
        }
        if (list.isEmpty()) {
            throw new IllegalStateException(indexName + " lists no queries");
        }
        return new QueryCatalogue(list);
    }

    /**
     * A query file of the user's own, not in the catalogue: its header is optional and read
     * leniently, so {@code --param} works for files that declare {@code # param:} lines.
     */
    public static CatalogueQuery readFile(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        return new QueryHeaderParser(file.toString(), false).parse(name, Files.readString(file));
    }

    /** Every query, in index order. */
    public List<CatalogueQuery> queries() {
        return List.copyOf(queries.values());
    }

    public List<String> names() {
        return List.copyOf(queries.keySet());
    }

    public Optional<CatalogueQuery> find(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    /** The query called {@code name}; throws a {@link QueryUsageException} listing the names otherwise. */
    public CatalogueQuery get(String name) {
        CatalogueQuery q = queries.get(name);
        if (q == null) {
            throw new QueryUsageException("no query named '" + name + "' in the catalogue; the queries are: "
                    + String.join(", ", queries.keySet()) + " (paperkg query --list describes them)");
        }
        return q;
    }
}
