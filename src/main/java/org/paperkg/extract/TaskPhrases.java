package org.paperkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paperkg.domain.EntityType;

/**
 * Cuts the task phrases the task rules point at down to task names: "efficient medical image
 * segmentation" is the task "medical image segmentation", "Deep learning-based object detection"
 * is "object detection", a bare "classification" is none.
 */
final class TaskPhrases {

    /** Nouns that name the notion of a task itself. */
    static final Set<String> TASK_NOUNS = Wordlists.words("task-nouns.txt");
    private static final Set<String> GENERIC_TAILS = Wordlists.words("task-generic-tails.txt");
    /** Nouns after a task head that keep it a task ("OOD detection performance", "video recognition tasks"). */
    private static final Set<String> HEAD_FOLLOWERS = Wordlists.words("task-head-followers.txt");
    /** Participles that belong to task names ("named entity recognition"); other leading ones are trimmed. */
    private static final Set<String> TASK_PARTICIPLES = Wordlists.words("task-participles.txt");

    private final HeadNouns heads;
    private final Set<String> taskStopwords;

    TaskPhrases(HeadNouns heads, Set<String> taskStopwords) {
        this.heads = heads;
        this.taskStopwords = Set.copyOf(taskStopwords);
    }

    /**
     * The span a task rule names: role "name"; or role "head" with the noun phrase before it; or
     * the noun phrase that ends before role "left" ("X is a challenging task").
     */
    static RuleSet.Span raw(SentenceTokens s, RuleSet.Hit h) {
        if (h.role("name") != null) {
            return h.role("name");
        }
        if (h.role("head") != null) {
            RuleSet.Span head = h.role("head");
            int at = head.start();
            if (at >= 2 && s.tok(at - 1).text().equals("-") && !s.tok(at).spaceBefore()
                    && !s.tok(at - 1).spaceBefore()) {
                return null; // "low-resolution": the head word is only the end of a modifier
            }
            if (head.end() < s.size()) {
                Token next = s.tok(head.end());
                if (next.isNoun() && !next.text().equals("-") && !HEAD_FOLLOWERS.contains(next.lemma().toLowerCase(Locale.ROOT))
                        && Character.isLowerCase(next.text().charAt(0))) {
                    return null; // "language prediction loss": the phrase's head is "loss"
                }
            }
            return new RuleSet.Span(Spans.leftPhrase(s, head.start()), head.end());
        }
        if (h.role("left") != null) {
            int end = h.role("left").start();
            int start = Spans.leftPhrase(s, end);
            return start < end ? new RuleSet.Span(start, end) : null;
        }
        return null;
    }

    /**
     * A task phrase cut to its name: evaluative words, numbers and "X-based" modifiers trimmed from
     * the front (whole written words: "state-of-the-art"), non-nouns from the end; at least two
     * words, and ending on a task head when {@code needHead}.
     */
    RuleSet.Span span(Analyzed a, RuleSet.Span span, boolean needHead) {
        SentenceTokens s = a.sent();
        List<NameChunker.Word> words = a.marked().words();
        int b = span.start();
        int e = span.end();
        NameChunker.Word w = Spans.wordAt(words, b);
        if (w != null && w.start() < b) {
            b = w.fullEnd(); // the phrase began inside a hyphenated word
        }
        for (int i = b; i < e - 1; i++) {
            NameChunker.Word x = Spans.wordAt(words, i);
            String t = s.tok(i).text().toLowerCase(Locale.ROOT);
            if ((x != null && x.stripped() && x.fullEnd() < e) || TASK_NOUNS.contains(t)) {
                b = x != null && x.stripped() ? x.fullEnd() : i + 1; // "Deep learning-based object detection"
            }
        }
        while (b < e) {
            w = Spans.wordAt(words, b);
            int wEnd = Math.min(w.fullEnd(), e);
            String text = s.span(b, wEnd).toLowerCase(Locale.ROOT);
            Token t = s.tok(b);
            boolean participle = wEnd - b == 1 && !TASK_PARTICIPLES.contains(text) && !Spans.inName(a, b)
                    && (t.tag().matches("VBN|JJR|JJS|VBG"));
            boolean trim = taskStopwords.contains(text) || Spans.DETERMINERS.contains(text) || w.stripped()
                    || text.chars().noneMatch(Character::isLetter) || participle || Spans.isDataset(a, b);
            if (!trim) {
                break;
            }
            b = wEnd;
        }
        while (e > b && !(s.tok(e - 1).isNoun() || s.tok(e - 1).tag().equals("VBG"))) {
            e--;
        }
        if (b >= e) {
            return null;
        }
        int count = 0;
        for (NameChunker.Word x : words) {
            if (x.start() < e && b < x.fullEnd()) {
                count++;
            }
        }
        if (count < 2) {
            return null;
        }
        Token last = s.tok(e - 1);
        if (needHead && heads.of(last).filter(h -> h.type() == EntityType.TASK).isEmpty()) {
            return null;
        }
        if (!needHead && GENERIC_TAILS.contains(last.lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (int i = b; i < e; i++) {
            if (s.tok(i).tag().matches("VB|VBD|VBP|VBZ|PRP.*|DT|IN|CC|MD") && !Spans.inName(a, i)) {
                return null;
            }
        }
        return new RuleSet.Span(b, e);
    }
}
