package org.paperkg.eval;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.paperkg.domain.EntityType;

/**
 * Which entity types a corpus annotates comparably to paperkg's, so that mention scores are not
 * punished for types the corpus never labels.
 *
 * <p>SciERC labels datasets as "Material" together with other resources, so it scores Method,
 * Task and Metric only; TDMSci has no methods; SciREX has all four ("Material" was mapped to
 * Dataset when the corpus was converted).
 */
public enum CorpusProfile {
    TDMSCI("TDMSci", EnumSet.of(EntityType.TASK, EntityType.DATASET, EntityType.METRIC)),
    SCIERC("SciERC", EnumSet.of(EntityType.METHOD, EntityType.TASK, EntityType.METRIC)),
    SCIREX("SciREX", EnumSet.allOf(EntityType.class)),
    /** Any other file in the shared schema: every gold label that names an entity type. */
    GENERIC("annotated", EnumSet.allOf(EntityType.class));

    private final String label;
    private final Set<EntityType> types;

    CorpusProfile(String label, Set<EntityType> types) {
        this.label = label;
        this.types = Set.copyOf(types);
    }

    /** The corpus's usual name. */
    public String label() {
        return label;
    }

    /** The types scored; predictions and gold mentions of other types are left out. */
    public Set<EntityType> types() {
        return types;
    }

    /** The scored type of a gold label ("Task"), empty for labels not scored ("Material", "Generic"). */
    public Optional<EntityType> goldType(String label) {
        for (EntityType t : types) {
            if (t.label().equalsIgnoreCase(label.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Recognises the corpus from its folder name (shared/corpora/scierc/dev.jsonl), else GENERIC. */
    public static CorpusProfile detect(Path file) {
        for (Path part : file.toAbsolutePath().normalize()) {
            String name = part.toString().toLowerCase(Locale.ROOT);
            if (name.contains("tdmsci")) {
                return TDMSCI;
            }
            if (name.contains("scierc")) {
                return SCIERC;
            }
            if (name.contains("scirex")) {
                return SCIREX;
            }
        }
        return GENERIC;
    }
}
