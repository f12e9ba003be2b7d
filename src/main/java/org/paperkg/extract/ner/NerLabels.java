package org.paperkg.extract.ner;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.paperkg.domain.EntityType;

/**
 * Puts gold character spans onto tokens as IO labels ("Method", "Task", ... or {@link #OUTSIDE}),
 * the form CoreNLP's CRF trains on, and reads labelled or tagged tokens back as spans.
 *
 * <p>IO rather than BIO: with five classes instead of nine the CRF trains and tags about twice as
 * fast, and two different entities of one type side by side, the only thing IO cannot say, are
 * rare in both corpora (names are separated by commas and words).
 */
public final class NerLabels {

    /** The label of a token outside every entity. */
    public static final String OUTSIDE = "O";

    /**
     * A gold mention.
     *
     * @param start first character (inclusive) in the text the tokens' offsets index
     * @param end   character after it
     * @param type  its type
     */
    public record Gold(int start, int end, EntityType type) {

        public Gold {
            Objects.requireNonNull(type, "type");
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad character span [" + start + "," + end + ")");
            }
        }
    }

    private NerLabels() {
    }

    /**
     * Labels each token with the type of the gold span it overlaps, or {@link #OUTSIDE}; tokens
     * take their character offsets from {@link CoreLabel#beginPosition()} and {@link
     * CoreLabel#endPosition()}.
     *
     * @return the number of tokens a gold span only partly covers (the tokenizer cut differently
     *         from the annotators); such a token still takes the span's type
     */
    public static int label(List<CoreLabel> tokens, List<Gold> gold) {
        int partial = 0;
        for (CoreLabel t : tokens) {
            String label = OUTSIDE;
            for (Gold g : gold) {
                if (t.beginPosition() < g.end() && g.start() < t.endPosition()) {
                    label = g.type().label();
                    if (t.beginPosition() < g.start() || t.endPosition() > g.end()) {
                        partial++;
                    }
                    break;
                }
            }
            t.set(CoreAnnotations.AnswerAnnotation.class, label);
        }
        return partial;
    }

    /** The label a token carries ({@link CoreAnnotations.AnswerAnnotation}), {@link #OUTSIDE} when none. */
    public static String of(CoreLabel token) {
        String a = token.get(CoreAnnotations.AnswerAnnotation.class);
        return a == null ? OUTSIDE : a;
    }

    /** Maximal runs of one non-{@link #OUTSIDE} label, as spans of probability 1. */
    public static List<NerSpan> spans(List<String> labels) {
        List<NerSpan> out = new ArrayList<>();
        int i = 0;
        while (i < labels.size()) {
            String l = labels.get(i);
            if (l.equals(OUTSIDE)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < labels.size() && labels.get(j).equals(l)) {
                j++;
            }
            out.add(new NerSpan(i, j, EntityType.parse(l), 1.0));
            i = j;
        }
        return out;
    }
}
