package org.paperkg.extract;

import java.util.List;

/**
 * One sentence after every analysis step: its marks, rule matches and acronym definitions.
 *
 * @param marked the sentence with its words, names and lexicon matches
 * @param hits   what the rule files found in it
 * @param defs   acronym definitions in it
 */
record Analyzed(Marker.Marked marked, List<RuleSet.Hit> hits, List<Acronyms.Definition> defs) {

    Analyzed {
        hits = List.copyOf(hits);
        defs = List.copyOf(defs);
    }

    SentenceTokens sent() {
        return marked.sent();
    }
}
