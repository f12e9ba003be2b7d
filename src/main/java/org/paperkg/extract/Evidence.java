package org.paperkg.extract;

import java.util.Objects;

/**
 * Why paperkg believes one extracted fact: where it was read and what produced it.
 *
 * @param section    title or abstract
 * @param start      first character of the mention in the cleaned section text (inclusive)
 * @param end        character after the mention (exclusive)
 * @param sentence   the whole sentence containing the mention, as in the cleaned text
 * @param producer   the rule family or model that produced it ("lexicon", "pattern:proposal",
 *                   "acronym", "title-prefix", "crf", ...; several joined by '+')
 * @param confidence probability-like score in [0,1] that the fact is correct
 * @param statesProposal true when this mention is where the paper states that it introduces the
 *                   entity (a proposal sentence, the title's "Name: ..." prefix)
 */
public record Evidence(Section section, int start, int end, String sentence, String producer, double confidence,
        boolean statesProposal) {

    public Evidence {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(producer, "producer");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0,1], got " + confidence);
        }
    }

    /** Evidence that states no proposal. */
    public Evidence(Section section, int start, int end, String sentence, String producer, double confidence) {
        this(section, start, end, sentence, producer, confidence, false);
    }

    /** The mention's text, cut from the section text it indexes. */
    public String cut(String sectionText) {
        return sectionText.substring(start, end);
    }
}
