package org.paperkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.paperkg.domain.EntityType;
import org.paperkg.extract.ner.NerSpan;

/**
 * Turns the CRF's spans into cues, under the policy that the CRF proposes and the rules decide.
 *
 * <ol>
 *   <li><b>Agreement.</b> A CRF span that is exactly a candidate's span, with the type the
 *       candidate's own cues give (or a candidate no cue types, such as a bare acronym
 *       definition), adds one independent cue "crf" of confidence {@value #AGREE} times the span's
 *       probability: the CRF raises a rule candidate's confidence, as any second producer does in
 *       {@link TypeVote}, and can lift a lower-case metric the lexicon knows ("purity", 0.45)
 *       over the extractor's threshold. A CRF type that differs from the rules' is ignored: the
 *       lexicon and the rules decide the type. A single lower-case word typed Task or Method
 *       ("summarization") gets no CRF cue: the lexicon policy wants a rule's support for such a
 *       word, and the CRF tags most of them.</li>
 *   <li><b>Overlap.</b> A CRF span that overlaps a candidate without matching it says nothing: the
 *       rules decide the span. One exception ({@link #widens}): a Method or Dataset span of the
 *       abstract, of probability at least {@value #ONLY_MIN}, that only adds modifiers before a
 *       same-typed word whose cues there come to less than {@value #WEAK} ("convolutional
 *       autoencoder" over the lexicon's bare "autoencoder", 0.45) becomes a candidate with the
 *       CRF-only confidence of (3), without (3)'s name shape, and the assembler folds the word
 *       into it. With the word's cue the phrase reaches 0.8 from a span probability of about
 *       0.94. It is a new name: the word's lexicon entry does not pass to it.</li>
 *   <li><b>CRF only.</b> A Method or Dataset span of the abstract that no candidate touches
 *       becomes a candidate when its probability is at least {@value #ONLY_MIN} and it is written
 *       as a name (below); its cue's confidence rises from {@value #ONLY_LOW} at that threshold to
 *       {@value #ONLY_HIGH} at probability 1, so a CRF-only entity never reaches 0.8 without
 *       another producer's support. Generic phrases are then dropped by {@link EntityAssembler}
 *       like any other candidate.</li>
 * </ol>
 * Why so strict. On the dev gold (40 seed abstracts), CRF-only Task phrases were wrong four times
 * in five ("real-world applications", "web-scale pretraining", "2D vision": SciREX and TDMSci
 * annotate many task-like phrases that paperkg's guidelines do not count), whatever the
 * probability threshold (0.7, 0.8, 0.9), and CRF-only Metrics were mostly properties ("model
 * size", "robustness"); so tasks and metrics need a rule, and the CRF only confirms them. A
 * Method or Dataset from the CRF alone must contain a word written as a name: a capital after the
 * first letter, or a digit beside at least two letters ("ResNeXt", "TransTab", "BIOSCAN-5M"), or
 * all capitals from five letters up; the CRF also tags generic phrases ("neural networks",
 * "pre-trained models") and short acronyms ("MTL", "SSL") that the rules read better from their
 * definitions. Titles are left to the rules: title case makes every phrase look like a name. The
 * span must start and end with a word, not a determiner or a preposition. Lowering the threshold
 * to 0.6 added only wrong methods on the dev gold.
 */
final class CrfCues {

    /** Confidence weight of an agreeing CRF cue, times the span's probability. */
    static final double AGREE = 0.4;
    /** Smallest span probability for a CRF-only Method or Dataset, or one that widens a weak word. */
    static final double ONLY_MIN = 0.8;
    /** Confidence of a CRF-only cue at {@link #ONLY_MIN}. */
    static final double ONLY_LOW = 0.5;
    /** Confidence of a CRF-only cue at probability 1. */
    static final double ONLY_HIGH = 0.7;
    /** Below this, a candidate's cues do not carry it alone (the lexicon's bare words, 0.45). */
    static final double WEAK = 0.5;
    /** The producer name on evidence. */
    static final String PRODUCER = "crf";

    private CrfCues() {
    }

    /**
     * Tags a sentence with {@code tagger} and adds the cues of its spans, unless the policy could
     * not use any span there: a sentence with no candidate and no word written as a name (or a
     * title sentence with no candidate) is not tagged at all, which saves the CRF's time on a
     * good share of sentences without changing what it adds.
     */
    static void add(CandidateSet w, Analyzed a, Function<Analyzed, List<NerSpan>> tagger) {
        if (w.in(a).isEmpty() && (a.sent().section() != Section.ABSTRACT || !hasNameWord(a.sent()))) {
            return;
        }
        add(w, a, tagger.apply(a));
    }

    private static boolean hasNameWord(SentenceTokens s) {
        for (Token t : s.tokens()) {
            if (nameWord(t.text())) {
                return true;
            }
        }
        return false;
    }

    /** Adds the cues of one sentence's CRF spans to the paper's candidates. */
    static void add(CandidateSet w, Analyzed a, List<NerSpan> spans) {
        if (spans.isEmpty()) {
            return;
        }
        List<Candidate> here = w.in(a);
        for (NerSpan s : spans) {
            Candidate exact = null;
            boolean overlaps = false;
            for (Candidate c : here) {
                if (c.start == s.start() && c.end == s.end()) {
                    exact = c;
                } else if (c.overlaps(s.start(), s.end())) {
                    overlaps = true;
                }
            }
            if (exact != null) {
                EntityType ruled = TypeVote.bestType(exact.cues);
                if ((ruled == null || ruled == s.type()) && !bareWord(a.sent(), exact, ruled)) {
                    exact.cues.add(Cue.of(s.type(), PRODUCER, AGREE * s.probability()));
                }
            } else if (a.sent().section() == Section.ABSTRACT && s.probability() >= ONLY_MIN
                    && (overlaps ? widens(a.sent(), s, here) : shaped(a.sent(), s))) {
                double conf = ONLY_LOW + (ONLY_HIGH - ONLY_LOW) * (s.probability() - ONLY_MIN) / (1 - ONLY_MIN);
                w.at(a, s.start(), s.end()).cues.add(Cue.of(s.type(), PRODUCER, conf));
            }
        }
    }

    /** Whether a CRF-only span may stand on its own (see the class comment). */
    static boolean shaped(SentenceTokens sent, NerSpan s) {
        if (!bounded(sent, s)) {
            return false;
        }
        for (int i = s.start(); i < s.end(); i++) {
            if (nameWord(sent.tok(i).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a CRF span gives a weak word its modifiers: the only candidate it overlaps is a
     * same-typed one at its end whose cues at this mention come to less than {@value #WEAK}
     * ("convolutional autoencoder" over the bare lexicon word "autoencoder", 0.45), and every word
     * before it is a modifier (adjective, noun, participle, number, hyphen). The span becomes a
     * candidate, and {@link EntityAssembler} folds the word into it: the CRF's span is the support
     * the lexicon policy asks of a bare word, and the longer phrase is the name. A word the rules
     * accept keeps its span ("cross-frame attention mechanism" stays "attention mechanism").
     */
    static boolean widens(SentenceTokens sent, NerSpan s, List<Candidate> here) {
        if (!bounded(sent, s)) {
            return false;
        }
        Candidate word = null;
        for (Candidate c : here) {
            if (c.overlaps(s.start(), s.end())) {
                if (word != null) {
                    return false;
                }
                word = c;
            }
        }
        if (word == null || word.start <= s.start() || word.end != s.end()) {
            return false;
        }
        TypeVote.Verdict v = TypeVote.decide(word.cues, iri -> false);
        if (v == null || v.type() != s.type() || v.confidence() >= WEAK) {
            return false;
        }
        for (int i = s.start(); i < word.start; i++) {
            Token t = sent.tok(i);
            if (!t.tag().matches("JJ.*|NN.*|VBN|VBG|CD|HYPH") && !t.text().equals("-")) {
                return false;
            }
        }
        return true;
    }

    /** A Method or Dataset span that starts and ends with a word, not a determiner or a preposition. */
    private static boolean bounded(SentenceTokens sent, NerSpan s) {
        if (s.type() != EntityType.METHOD && s.type() != EntityType.DATASET) {
            return false;
        }
        Token first = sent.tok(s.start());
        Token last = sent.tok(s.end() - 1);
        return wordLike(first) && wordLike(last) && !Spans.DETERMINERS.contains(first.text().toLowerCase(Locale.ROOT))
                && !first.tag().equals("IN") && !last.tag().equals("IN") && !first.tag().equals("PRP$");
    }

    /** "ResNeXt", "GPT-4", "BIOSCAN-5M", "FRCNN": written as a name, not as an ordinary or title-case word. */
    static boolean nameWord(String w) {
        boolean letters = w.chars().anyMatch(Character::isLetter);
        if (!letters) {
            return false;
        }
        boolean digit = w.chars().anyMatch(Character::isDigit);
        if (digit) {
            return w.chars().filter(Character::isLetter).count() >= 2; // "GPT-4", not "3D"
        }
        long upper = w.chars().filter(Character::isUpperCase).count();
        long lower = w.chars().filter(Character::isLowerCase).count();
        if (lower == 0) {
            return upper >= 5;
        }
        return w.length() > 1 && w.substring(1).chars().anyMatch(Character::isUpperCase);
    }

    /**
     * A single lower-case word typed Task or Method ("summarization", "pruning"): the lexicon
     * policy wants a rule's support for it, and the CRF, which tags most such words, is no rule.
     */
    private static boolean bareWord(SentenceTokens sent, Candidate c, EntityType ruled) {
        return (ruled == EntityType.TASK || ruled == EntityType.METHOD) && c.end - c.start == 1
                && sent.tok(c.start).text().chars().allMatch(Character::isLowerCase);
    }

    private static boolean wordLike(Token t) {
        return t.text().chars().anyMatch(Character::isLetterOrDigit);
    }
}
