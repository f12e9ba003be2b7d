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
 * @param statesProposal true when its sentence is the one that states the proposal (a rule with
 *                   {@link RuleTrait#STATES_PROPOSAL}, or the title's "Name: ..." prefix), which the
 *                   proposed entity's evidence shows first
 * @param entries    lexicon entries it matched (empty unless producer is the lexicon)
 */
record Cue(EntityType type, String producer, double confidence, boolean proposed, boolean statesProposal,
        List<LexiconEntry> entries) {

    Cue {
        entries = List.copyOf(entries);
    }

    /** A cue that does not state a proposal. */
    Cue(EntityType type, String producer, double confidence, boolean proposed, List<LexiconEntry> entries) {
        this(type, producer, confidence, proposed, false, entries);
    }

    /** A proposal rule's cue: the paper introduces the entity, stated here when the rule says so. */
    static Cue proposal(EntityType type, RuleSet.Hit h, double confidence) {
        return new Cue(type, h.producer(), confidence, true, h.is(RuleTrait.STATES_PROPOSAL), List.of());
    }

    static Cue of(EntityType type, String producer, double confidence) {
        return new Cue(type, producer, confidence, false, List.of());
    }
}
