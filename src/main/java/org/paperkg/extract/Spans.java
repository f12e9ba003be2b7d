package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paperkg.domain.EntityType;

/**
 * Small questions about token spans of a sentence that several cue families ask: where a list's
 * items are, whether a span is a name, a known name or a modifier of a following noun, whether a
 * sentence speaks for the authors.
 */
final class Spans {

    static final Set<String> SEPARATORS = Set.of(",", ";", "and", "or", "&");
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "our", "their", "its", "this", "these");

    private Spans() {
    }

    /** The coordinated items of a list span: split on commas, "and", "or", "as well as". */
    static List<RuleSet.Span> items(SentenceTokens s, RuleSet.Span list) {
        List<RuleSet.Span> out = new ArrayList<>();
        int start = list.start();
        int i = list.start();
        while (i < list.end()) {
            String t = s.tok(i).text().toLowerCase(Locale.ROOT);
            int width = 0;
            if (SEPARATORS.contains(t)) {
                width = 1;
            } else if (t.equals("as") && i + 2 < list.end() && s.tok(i + 1).is("well") && s.tok(i + 2).is("as")) {
                width = 3;
            }
            if (width > 0) {
                if (i > start) {
                    out.add(new RuleSet.Span(start, i));
                }
                i += width;
                start = i;
            } else {
                i++;
            }
        }
        if (start < list.end()) {
            out.add(new RuleSet.Span(start, list.end()));
        }
        return out;
    }

    static RuleSet.Span trimDeterminers(SentenceTokens s, RuleSet.Span span) {
        int b = span.start();
        int e = span.end();
        while (b < e && (DETERMINERS.contains(s.tok(b).text().toLowerCase(Locale.ROOT)) || s.tok(b).text().matches("[\"“'(]"))) {
            b++;
        }
        while (e > b && s.tok(e - 1).text().matches("[\"”')]")) {
            e--;
        }
        return b < e ? new RuleSet.Span(b, e) : null;
    }

    /**
     * The longest name-shaped span or lexicon match that starts where {@code span} starts and
     * covers it: a rule may have matched "Med-PaLM" (the lexicon name) inside "Med-PaLM Multimodal".
     */
    static RuleSet.Span snap(Analyzed a, RuleSet.Span span) {
        if (span == null) {
            return null;
        }
        int end = span.end();
        for (NameChunker.Span n : a.marked().names()) {
            if (n.start() == span.start() && n.end() > end) {
                end = n.end();
            }
        }
        for (Marker.LexHit h : a.marked().lex()) {
            if (h.start() == span.start() && h.end() > end) {
                end = h.end();
            }
        }
        return end == span.end() ? span : new RuleSet.Span(span.start(), end);
    }

    /**
     * True when the span modifies a following lower-case noun ("VLN methods", "Synapse multi-organ
     * dataset"): then it is part of a longer noun phrase, not the thing named.
     */
    static boolean modifies(SentenceTokens s, RuleSet.Span item) {
        int i = item.end();
        if (i >= s.size() || !s.tok(i).spaceBefore()) {
            return false;
        }
        int end = wordEnd(s, i);
        Token last = s.tok(end - 1);
        if (!Character.isLowerCase(s.tok(i).text().charAt(0))) {
            return false;
        }
        if (last.tag().matches("NNS?")) {
            return true;
        }
        if (last.tag().startsWith("JJ") && end < s.size()) {
            int end2 = wordEnd(s, end);
            Token n2 = s.tok(end2 - 1);
            return n2.tag().matches("NNS?") && Character.isLowerCase(s.tok(end).text().charAt(0));
        }
        return false;
    }

    /** The token after the written word (no white space inside) that starts at {@code i}. */
    static int wordEnd(SentenceTokens s, int i) {
        int j = i + 1;
        while (j < s.size() && !s.tok(j).spaceBefore() && !s.tok(j).text().matches("[,.;:()]")) {
            j++;
        }
        return j;
    }

    static NameChunker.Word wordAt(List<NameChunker.Word> words, int token) {
        for (NameChunker.Word w : words) {
            if (w.start() <= token && token < w.fullEnd()) {
                return w;
            }
        }
        return null;
    }

    static boolean inName(Analyzed a, int token) {
        for (NameChunker.Span n : a.marked().names()) {
            if (n.start() <= token && token < n.end()) {
                return true;
            }
        }
        return false;
    }

    /** True when the token is part of a Dataset lexicon match ("ImageNet classification", "PASCAL VOC detection"). */
    static boolean isDataset(Analyzed a, int token) {
        for (Marker.LexHit h : a.marked().lex()) {
            if (h.start() <= token && token < h.end() && h.type() == EntityType.DATASET) {
                return true;
            }
        }
        return false;
    }

    /** True when a lexicon match covers the span: a known name is not this paper's proposal. */
    static boolean known(Analyzed a, int start, int end) {
        for (Marker.LexHit h : a.marked().lex()) {
            if (h.start() <= start && end <= h.end() && !h.grown()) {
                return true;
            }
        }
        return false;
    }

    static boolean strongName(Analyzed a, RuleSet.Span n) {
        for (NameChunker.Span c : a.marked().names()) {
            if (c.start() == n.start() && c.end() == n.end()) {
                return c.strong();
            }
        }
        return false;
    }

    static EntityType lexType(Analyzed a, RuleSet.Span item) {
        for (Marker.LexHit h : a.marked().lex()) {
            if (h.start() <= item.start() && item.end() <= h.end() + 1 && h.start() < item.end()) {
                return h.type();
            }
        }
        return null;
    }

    /** The one lexicon type the known items of a list share, or null (none known, or mixed). */
    static EntityType listType(Analyzed a, List<RuleSet.Span> items) {
        EntityType shared = null;
        for (RuleSet.Span item : items) {
            EntityType t = lexType(a, item);
            if (t != null) {
                if (shared != null && shared != t) {
                    return null;
                }
                shared = t;
            }
        }
        return shared;
    }

    /** Start of the noun phrase (at most six tokens of nouns, adjectives, participles, hyphens) ending before {@code end}. */
    static int leftPhrase(SentenceTokens s, int end) {
        int start = end;
        while (start > 0 && end - start < 6) {
            Token t = s.tok(start - 1);
            boolean np = t.tag().matches("JJ.*|NN.*|VBG|VBN|FW|CD|HYPH") || t.text().equals("-") || t.text().equals("/")
                    || (!t.spaceBefore() && start - 1 > 0 && s.tok(start - 2).text().equals("-"));
            if (!np) {
                break;
            }
            start--;
        }
        return start;
    }

    /** True when the sentence speaks for the authors: "we", "our", "us", "this paper/work/study". */
    static boolean firstPerson(SentenceTokens s) {
        for (int i = 0; i < s.size(); i++) {
            String w = s.tok(i).text().toLowerCase(Locale.ROOT);
            if (w.equals("we") || w.equals("our") || w.equals("us") || w.equals("ours")) {
                return true;
            }
            if ((w.equals("this") || w.equals("the")) && i + 1 < s.size()
                    && s.tok(i + 1).text().toLowerCase(Locale.ROOT).matches("paper|work|study|article|letter|thesis|dissertation|report")) {
                return true;
            }
        }
        return false;
    }
}
