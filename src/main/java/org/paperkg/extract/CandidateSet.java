package org.paperkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The candidates of one paper by span while cues are collected, and the acronym links between them. */
final class CandidateSet {

    private final Map<String, Candidate> spans = new LinkedHashMap<>();
    private final List<Candidate[]> links = new ArrayList<>();

    /** The candidate for tokens {@code [start, end)} of a sentence, created on first use. */
    Candidate at(Analyzed a, int start, int end) {
        return at(a, start, end, a.sent().span(start, end));
    }

    /** The candidate for a span that gives a built name ("Out-of-distribution detection"). */
    Candidate at(Analyzed a, int start, int end, String name) {
        String key = a.sent().section() + ":" + a.sent().index() + ":" + start + ":" + end + ":" + name;
        return spans.computeIfAbsent(key, k -> new Candidate(a, start, end, name));
    }

    /** Records that a long form and a short form name one entity. */
    void link(Candidate longForm, Candidate shortForm) {
        links.add(new Candidate[] {longForm, shortForm});
    }

    /** The candidates of one sentence, in creation order. */
    List<Candidate> in(Analyzed a) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : spans.values()) {
            if (c.sentence == a) {
                out.add(c);
            }
        }
        return out;
    }

    /** Every candidate, in creation order. */
    List<Candidate> all() {
        return List.copyOf(spans.values());
    }

    CueCollector.Collected collected() {
        return new CueCollector.Collected(all(), List.copyOf(links));
    }
}
