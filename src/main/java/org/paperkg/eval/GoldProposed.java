package org.paperkg.eval;

import java.util.Objects;
import org.paperkg.domain.EntityType;

/**
 * A thing the paper itself introduces and names, with its kind: a prediction must get both the
 * name and the type right to count.
 */
public record GoldProposed(GoldEntry entry, EntityType type) {

    public GoldProposed {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(type, "type");
    }
}
