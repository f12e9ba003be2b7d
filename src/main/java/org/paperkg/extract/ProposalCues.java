package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.paperkg.domain.EntityType;

/**
 * Reads the matches of {@code proposals.rules}: which candidate the paper introduces and names,
 * and as what (Dataset, Metric or Task when the description's head says so, else Method). An
 * active proposal counts only in a sentence that speaks for the authors; a name that the lexicon
 * knows is not proposed by a verb window; an acronym definition that overlaps the name is the
 * thing proposed.
 */
final class ProposalCues {

    /** Description words that mark someone else's thing: "the current state-of-the-art metrics MS-LEEP". */
    private static final Set<String> NOT_NEW = Wordlists.words("not-new-words.txt");

    private static final double WINDOW_STRONG = Priors.of("proposal-window.strong");
    private static final double WINDOW = Priors.of("proposal-window");

    private final HeadNouns heads;

    ProposalCues(HeadNouns heads) {
        this.heads = heads;
    }

    void add(CandidateSet w, Analyzed a, RuleSet.Hit h) {
        SentenceTokens s = a.sent();
        if (!h.is(RuleTrait.IMPERSONAL) && !Spans.firstPerson(s)) {
            return;
        }
        if (h.is(RuleTrait.FRESH_NAME)) {
            RuleSet.Span n = h.role("name");
            Token article = s.tok(h.whole().start());
            boolean standalone = article.spaceBefore() || article.index() == 0;
            boolean inLongForm = a.defs().stream().anyMatch(d -> d.longStart() <= n.start() && n.start() < d.longEnd());
            boolean fresh = n != null && standalone && !inLongForm && !Spans.known(a, n.start(), n.end()) && Spans.strongName(a, n)
                    && !Spans.modifies(s, n) && !describedAsOld(s, h.role("desc"));
            boolean aboutUs = Spans.firstPerson(s) || s.tok(0).is("this") || s.tok(0).is("our")
                    || (s.tok(0).is("the") && s.size() > 1 && s.tok(1).is("proposed"));
            if (!fresh || !aboutUs) {
                return;
            }
        }
        if (h.role("name") == null && h.role("list") == null && h.role("verb") != null) {
            proposalWindow(w, a, h);
            return;
        }
        EntityType type = proposalType(s, h.role("desc"), h.role("name"));
        List<RuleSet.Span> names = new ArrayList<>();
        if (h.role("name") != null) {
            names.add(h.role("name"));
        }
        if (h.role("list") != null) {
            names.addAll(Spans.items(s, h.role("list")));
        }
        for (RuleSet.Span n : names) {
            Candidate target = null;
            for (Acronyms.Definition d : a.defs()) {
                boolean overlapsLong = d.longStart() <= n.start() && n.start() < d.longEnd();
                boolean overlapsShort = d.shortStart() < n.end() && n.start() < d.shortEnd();
                if (overlapsLong || overlapsShort) {
                    target = w.at(a, d.longStart(), d.longEnd());
                }
            }
            if (target == null && n.end() + 1 < s.size() && s.tok(n.end()).text().equals("-")
                    && !s.tok(n.end()).spaceBefore()) {
                continue; // "we propose BERT-based ..."
            }
            if (target == null) {
                RuleSet.Span e = Spans.snap(a, Spans.trimDeterminers(s, n));
                if (e == null) {
                    continue;
                }
                target = w.at(a, e.start(), e.end());
            }
            target.cues.add(Cue.proposal(type, h, h.confidence()));
        }
    }

    /**
     * "we propose a novel ... metric (OSBORN)": the first acronym definition starting within twelve
     * words after the verb, else the first bracketed name within twenty words that the lexicon does
     * not know, is what the sentence proposes.
     */
    private void proposalWindow(CandidateSet w, Analyzed a, RuleSet.Hit h) {
        SentenceTokens s = a.sent();
        int v = h.role("verb").end();
        if (v < s.size() && s.tok(v).is("to")) {
            return; // "we propose to exploit ...": what follows is a plan, not a name
        }
        for (Acronyms.Definition d : a.defs()) {
            int start = Math.min(d.longStart(), d.shortStart());
            if (start >= v && start <= v + 12 && !Spans.known(a, d.longStart(), d.longEnd()) && !Spans.known(a, d.shortStart(), d.shortEnd())) {
                int after = d.reversed() ? d.longEnd() + 1 : d.shortEnd() + 1;
                RuleSet.Span nameSpan = new RuleSet.Span(d.longStart(), Math.min(after, s.size()) - 1);
                EntityType type = proposalType(s, new RuleSet.Span(v, d.longEnd()), nameSpan);
                w.at(a, d.longStart(), d.longEnd()).cues.add(Cue.proposal(type, h, h.confidence()));
                return;
            }
        }
        for (int i = v; i + 2 < s.size() && i <= v + 20; i++) {
            if (!s.tok(i).text().equals("(")) {
                continue;
            }
            for (NameChunker.Span n : a.marked().names()) {
                if (n.start() == i + 1 && n.end() < s.size() && s.tok(n.end()).text().equals(")")
                        && !Spans.known(a, n.start(), n.end())) {
                    EntityType type = proposalType(s, new RuleSet.Span(v, i), new RuleSet.Span(n.start(), n.end()));
                    w.at(a, n.start(), n.end()).cues.add(Cue.proposal(type, h, n.strong() ? WINDOW_STRONG : WINDOW));
                    return;
                }
            }
            return; // only the first bracket counts
        }
    }

    private static boolean describedAsOld(SentenceTokens s, RuleSet.Span desc) {
        if (desc == null) {
            return false;
        }
        for (int i = desc.start(); i < desc.end(); i++) {
            if (NOT_NEW.contains(s.tok(i).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Dataset, Metric or Task when the description's head (or the word after the name) says so, else Method. */
    private EntityType proposalType(SentenceTokens s, RuleSet.Span desc, RuleSet.Span name) {
        List<Token> candidates = new ArrayList<>();
        if (desc != null) {
            for (int i = desc.end() - 1; i >= desc.start(); i--) {
                Token t = s.tok(i);
                if (t.isNoun() || heads.of(t).isPresent() || t.lemma().matches("(?i)metric|measure|task|problem")) {
                    candidates.add(t); // the tagger may read "metric" as an adjective
                    break;
                }
            }
        }
        if (name != null) {
            int after = name.end() < s.size() && s.tok(name.end()).text().equals(")") ? name.end() + 1 : name.end();
            if (after < s.size()) {
                candidates.add(s.tok(after));
            }
        }
        if (name != null) {
            // "X (TAPE), a set of five ... tasks": the appositive after the name describes it too
            int i = name.end();
            if (i < s.size() && s.tok(i).text().equals("(")) {
                while (i < s.size() && !s.tok(i).text().equals(")")) {
                    i++;
                }
            }
            if (i < s.size() && s.tok(i).text().equals(")")) {
                i++;
            }
            if (i + 2 < s.size() && s.tok(i).text().equals(",") && s.tok(i + 1).text().matches("(?i)a|an|the")) {
                for (int j = i + 2; j < Math.min(s.size(), i + 6); j++) {
                    if (s.tok(j).is("of") || s.tok(j).text().matches("[,;.]")) {
                        break;
                    }
                    if (s.tok(j).isNoun()) {
                        candidates.add(0, s.tok(j));
                    }
                }
            }
        }
        for (Token t : candidates) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (lemma.equals("task") || lemma.equals("problem") || lemma.equals("direction") || lemma.equals("setting")) {
                return EntityType.TASK;
            }
            if (lemma.equals("set") || lemma.equals("suite")) {
                return EntityType.DATASET; // "a set of tasks", "a benchmark suite"
            }
            if (lemma.equals("metric") || lemma.equals("measure")) {
                return EntityType.METRIC;
            }
            Optional<HeadNouns.Head> hd = heads.of(t);
            if (hd.isPresent() && hd.get().type() == EntityType.DATASET) {
                return EntityType.DATASET;
            }
        }
        return EntityType.METHOD;
    }
}
