package org.paperkg.extract;

import java.util.Locale;

/**
 * What a rule asks of the Java that reads its matches, written in the rule's result tuple as
 * {@code "is", "headless|impersonal"}, so that a new rule with the same behaviour needs no Java
 * edit. {@link RuleSet} checks every trait a rule file names when it loads.
 */
enum RuleTrait {

    /** A list rule whose names stand alone: a name that only modifies a noun after it is dropped. */
    HEADLESS,
    /** A proposal rule that needs no first-person sentence ("X is proposed", "a new dataset called X"). */
    IMPERSONAL,
    /**
     * A proposal rule that names a new thing by description alone ("a diffusion model, DiffX"):
     * the name must stand alone, be unknown to the lexicon and not be described as old, and the
     * sentence must be about this paper.
     */
    FRESH_NAME,
    /** Its match states the proposal: the proposed entity's evidence shows this sentence first. */
    STATES_PROPOSAL,
    /** A task-phrase rule: its span is cut to the task name ({@link TaskPhrases}). */
    TASK_PHRASE,
    /** The task's head noun types it and caps its confidence at the head's weight. */
    HEAD_TYPED,
    /**
     * A dataset list that is dropped when a task noun or a head of another type follows it ("on
     * ImageNet classification", "on BERT models").
     */
    UNLESS_HEAD_FOLLOWS;

    /** The role name under which a result tuple lists its traits. */
    static final String ROLE = "is";

    /** The trait a rule file writes as {@code name} ("headless", "states-proposal"). */
    static RuleTrait parse(String name) {
        try {
            return valueOf(name.strip().replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown rule trait '" + name + "'; known: " + known(), e);
        }
    }

    /** How rule files write this trait. */
    String written() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String known() {
        StringBuilder b = new StringBuilder();
        for (RuleTrait t : values()) {
            b.append(b.isEmpty() ? "" : ", ").append(t.written());
        }
        return b.toString();
    }
}
