package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.paperkg.domain.EntityType;

/**
 * The built-in fallback names of {@code builtin-terms.tsv}, as lexicon entries whose IRIs are
 * {@code urn:paperkg:builtin:...}: they let extraction work without the curated lexicon, and
 * {@link CoreNlpExtractor} never reports such an IRI as an entity's lexicon id.
 */
final class BuiltinTerms {

    static final String IRI_PREFIX = "urn:paperkg:builtin:";

    private BuiltinTerms() {
    }

    static boolean isBuiltin(String iri) {
        return iri.startsWith(IRI_PREFIX);
    }

    static List<LexiconEntry> load() {
        List<LexiconEntry> out = new ArrayList<>();
        for (String[] row : Wordlists.rows("builtin-terms.tsv")) {
            if (row.length < 2) {
                throw new IllegalStateException("builtin-terms.tsv: expected type and label in '"
                        + String.join("\t", row) + "'");
            }
            EntityType type = EntityType.parse(row[0]);
            List<String> aliases = row.length > 2 && !row[2].isBlank()
                    ? Arrays.stream(row[2].split("\\|")).map(String::strip).toList() : List.of();
            String iri = IRI_PREFIX + type.pathSegment() + ":" + NameKey.key(row[1]);
            out.add(new LexiconEntry(iri, type, row[1], aliases, null));
        }
        return out;
    }
}
