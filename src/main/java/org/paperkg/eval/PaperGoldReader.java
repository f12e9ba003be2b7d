package org.paperkg.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.paperkg.domain.EntityType;
import org.paperkg.ingest.SourceRef;

/**
 * Reads a paper-level gold file (JSON Lines, one paper per line, the format of
 * {@code GOLD-GUIDELINES.md}).
 *
 * <p>The reader is strict, since a typo in gold silently skews every score: an unknown key
 * ({@code "metric"} for {@code "metrics"}), a type other than Method/Dataset/Metric/Task, a result
 * value that is not a number or a repeated {@code gid} stops it with a {@link GoldFormatException}
 * naming file and line. Blank lines are skipped; keys starting with {@code _} are comments.
 *
 * <pre>{@code
 * List<PaperGold> gold = PaperGoldReader.read(Path.of("gold/papers.jsonl"));
 * }</pre>
 */
public final class PaperGoldReader {

    private static final Set<String> KEYS = Set.of(
            "gid", "title", "proposed", "methods", "datasets", "metrics", "tasks", "results", "code");
    private static final ObjectMapper JSON = new ObjectMapper();

    private PaperGoldReader() {
    }

    /** All papers of the file, in file order. */
    public static List<PaperGold> read(Path file) throws IOException {
        List<PaperGold> papers = new ArrayList<>();
        Set<String> gids = new HashSet<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long no = 0;
            while ((line = in.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                PaperGold paper = parseLine(file, no, line);
                if (!gids.add(paper.gid())) {
                    throw new GoldFormatException(file, no, "gid '" + paper.gid() + "' is used twice");
                }
                papers.add(paper);
            }
        }
        return papers;
    }

    /** Parses one line; {@code file} and {@code lineNo} only name it in errors. */
    static PaperGold parseLine(Path file, long lineNo, String line) throws GoldFormatException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new GoldFormatException(file, lineNo, "not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new GoldFormatException(file, lineNo, "expected one JSON object per line");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key) && !key.startsWith("_")) {
                throw new GoldFormatException(file, lineNo,
                        "unknown key '" + key + "'; expected " + String.join(", ", KEYS.stream().sorted().toList()));
            }
        }
        Fields f = new Fields(file, lineNo, node);
        try {
            return new PaperGold(
                    f.requiredText("gid"),
                    f.requiredText("title"),
                    f.proposed(),
                    f.entries("methods"),
                    f.entries("datasets"),
                    f.entries("metrics"),
                    f.entries("tasks"),
                    f.results(),
                    f.entries("code"),
                    new SourceRef(file.toString(), lineNo));
        } catch (IllegalArgumentException e) {
            throw new GoldFormatException(file, lineNo, e.getMessage(), e);
        }
    }

    /** Typed access to one record's fields, each error naming the field. */
    private record Fields(Path file, long lineNo, JsonNode node) {

        String requiredText(String key) throws GoldFormatException {
            JsonNode v = node.get(key);
            if (v == null || !v.isTextual() || v.asText().isBlank()) {
                throw error("'" + key + "' must be a non-empty string");
            }
            return v.asText().strip();
        }

        List<GoldEntry> entries(String key) throws GoldFormatException {
            List<GoldEntry> out = new ArrayList<>();
            for (JsonNode v : array(key)) {
                if (!v.isTextual()) {
                    throw error("'" + key + "' must hold strings, found " + v);
                }
                out.add(GoldEntry.parse(v.asText()));
            }
            return out;
        }

        List<GoldProposed> proposed() throws GoldFormatException {
            List<GoldProposed> out = new ArrayList<>();
            for (JsonNode v : array("proposed")) {
                String name = text(v, "name", "proposed");
                String type = text(v, "type", "proposed");
                if (name == null || type == null) {
                    throw error("each 'proposed' entry needs \"name\" and \"type\", found " + v);
                }
                out.add(new GoldProposed(GoldEntry.parse(name), EntityType.parse(type)));
            }
            return out;
        }

        List<GoldResult> results() throws GoldFormatException {
            List<GoldResult> out = new ArrayList<>();
            for (JsonNode v : array("results")) {
                String metric = text(v, "metric", "results");
                JsonNode value = v.isObject() ? v.get("value") : null;
                if (metric == null || value == null || !(value.isTextual() || value.isNumber())) {
                    throw error("each 'results' entry needs \"metric\" and \"value\", found " + v);
                }
                out.add(GoldResult.of(metric, value.asText(), text(v, "dataset", "results"),
                        text(v, "method", "results")));
            }
            return out;
        }

        private Iterable<JsonNode> array(String key) throws GoldFormatException {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                throw error("'" + key + "' must be an array");
            }
            return v;
        }

        /** A string member of an entry object, or null when absent or JSON null. */
        private String text(JsonNode entry, String key, String field) throws GoldFormatException {
            if (!entry.isObject()) {
                throw error("'" + field + "' must hold objects, found " + entry);
            }
            JsonNode v = entry.get(key);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                throw error("'" + field + "." + key + "' must be a string, found " + v);
            }
            return v.asText().isBlank() ? null : v.asText().strip();
        }

        private GoldFormatException error(String detail) {
            return new GoldFormatException(file, lineNo, detail);
        }
    }
}
