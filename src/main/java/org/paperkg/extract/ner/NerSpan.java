package org.paperkg.extract.ner;

import java.util.Objects;
import org.paperkg.domain.EntityType;

/**
 * A span the CRF tagged as an entity: tokens {@code [start, end)} of a sentence.
 *
 * @param start       first token, from 0
 * @param end         token after the span
 * @param type        the type the CRF gave every token of the span
 * @param probability the smallest marginal probability of that type over the span's tokens: how
 *                    sure the CRF is of the whole span, not just of its most confident word
 */
public record NerSpan(int start, int end, EntityType type, double probability) {

    public NerSpan {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad token span [" + start + "," + end + ")");
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in [0,1], got " + probability);
        }
    }
}
