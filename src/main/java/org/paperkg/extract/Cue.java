package org.paperkg.extract;

import java.util.List;
import org.paperkg.domain.EntityType;

/**
 * One piece of evidence that a span names an entity: who said so, which type, how sure.
 *
 * @param type       the type it gives, or null when it only says "a named thing" (an acronym
 *                   definition without a typing head)
 * @param producer   rule family, for {@link Evidence#producer()}
 * @param confidence prior probability that the span is an entity of that type
 * @param proposed   true when it says the paper introduces the entity
 * @param entries    lexicon entries it matched (empty unless producer is the lexicon)
 */
record Cue(EntityType type, String producer, double confidence, boolean proposed, List<LexiconEntry> entries) {

    Cue {
        entries = List.copyOf(entries);
    }

    static Cue of(EntityType type, String producer, double confidence) {
        return new Cue(type, producer, confidence, false, List.of());
    }
}
