package org.paperkg.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The two kinds of gold file eval reads, told apart by the keys of their first record. */
public enum GoldKind {
    /** Paper-level gold of {@code GOLD-GUIDELINES.md}: records have {@code "gid"}. */
    PAPER,
    /** An annotated corpus of {@code shared/corpora}: records have {@code "entities"}. */
    ANNOTATED;

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Looks at the first non-blank line. Throws {@link GoldFormatException} naming the file and
     * line when it is not JSON or has neither key, or when the file has no record at all.
     */
    public static GoldKind detect(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long no = 0;
            while ((line = in.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new GoldFormatException(file, no, "not a JSON Lines gold file: " + e.getOriginalMessage(), e);
                }
                if (node != null && node.has("gid")) {
                    return PAPER;
                }
                if (node != null && node.has("entities")) {
                    return ANNOTATED;
                }
                throw new GoldFormatException(file, no, "unknown gold format: a record needs \"gid\" "
                        + "(paper-level gold) or \"entities\" (annotated corpus)");
            }
            throw new GoldFormatException(file, no, "gold file has no record");
        }
    }
}
