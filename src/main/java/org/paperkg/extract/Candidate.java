package org.paperkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A token span that may mention an entity, with the cues gathered for it. Mutable while
 * {@link CueCollector} works; read by {@link EntityAssembler}.
 */
final class Candidate {

    final Analyzed sentence;
    final int start;
    final int end;
    /** The name this mention gives, usually the span's text (a built name for "OOD detection"). */
    final String name;
    /** Other names this mention establishes ("OOD detection" for "Out-of-distribution (OOD) detection"). */
    final Set<String> aliases = new LinkedHashSet<>();
    final List<Cue> cues = new ArrayList<>();
    /** Set by the assembler: the group this candidate joined. */
    int group = -1;

    Candidate(Analyzed sentence, int start, int end, String name) {
        this.sentence = sentence;
        this.start = start;
        this.end = end;
        this.name = name;
    }

    SentenceTokens sent() {
        return sentence.sent();
    }

    Section section() {
        return sentence.sent().section();
    }

    boolean contains(Candidate o) {
        return o.sentence == sentence && start <= o.start && o.end <= end && (end - start) > (o.end - o.start);
    }

    boolean overlaps(int s, int e) {
        return start < e && s < end;
    }

    @Override
    public String toString() {
        return name + "@" + section() + ":" + sentence.sent().index() + "[" + start + "," + end + ")" + cues;
    }
}
