package org.paperkg.eval;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.paperkg.domain.Counts;

/** The scoring of one gold paper, field by field. */
public record PaperOutcome(String gid, String title, Map<Field, FieldOutcome> fields) {

    public PaperOutcome {
        Objects.requireNonNull(gid, "gid");
        Objects.requireNonNull(title, "title");
        fields = Map.copyOf(fields);
        for (Field f : Field.values()) {
            if (!fields.containsKey(f)) {
                throw new IllegalArgumentException("paper " + gid + " has no outcome for field " + f.label());
            }
        }
    }

    public FieldOutcome field(Field f) {
        return fields.get(f);
    }

    /** Counts of the fields that make up the overall score. */
    public Counts overall() {
        Counts c = Counts.ZERO;
        for (Field f : Field.values()) {
            if (f.inOverall()) {
                c = c.plus(fields.get(f).counts());
            }
        }
        return c;
    }

    /** The field outcomes in {@link Field} order. */
    public Map<Field, FieldOutcome> ordered() {
        return new EnumMap<>(fields);
    }
}
