package org.paperkg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.paperkg.domain.EntityType;

/**
 * Finds the name-shaped spans and lexicon matches of a sentence and writes them onto its CoreNLP
 * tokens ({@link TokenMarks}) for the rules to see.
 *
 * <p>A lexicon match must start where a written word starts ("GAN" inside "Style-GAN" is not
 * GAN). When it ends inside a word whose rest is a version or size ("-50", "-base", "-B/16"), it
 * grows to the whole word: with only "ResNet" in the lexicon, "ResNet-50" is still one name, of
 * ResNet's type, but no longer the lexicon entry itself. With any other rest ("NMI-HAD") the
 * match is dropped: the known name is only part of another one.
 */
final class Marker {

    /**
     * A lexicon match on tokens {@code [start, end)}.
     *
     * @param grown true when the match was grown to its whole word, so the entry is only its family
     */
    record LexHit(int start, int end, Lexicon.Match match, boolean grown) {

        EntityType type() {
            return match.entry().type();
        }
    }

    /** A sentence with its words, names and lexicon matches. */
    record Marked(SentenceTokens sent, List<NameChunker.Word> words, List<NameChunker.Span> names, List<LexHit> lex) {
    }

    private static final java.util.regex.Pattern VARIANT = java.util.regex.Pattern.compile(
            "\\d.*|[A-Za-z]|[A-Z]/?\\d+|[vV]\\d.*|(?i)tiny|small|base|large|huge|giant|xl|xxl|mini|micro|nano|medium"
                    + "|lite|plus|pro|max|ultra|chat|instruct|it|hf|uncased|cased|multilingual|distilled|turbo|[smlbh]");

    private final Lexicon lexicon;
    private final NameChunker chunker;

    Marker(Lexicon lexicon, NameChunker chunker) {
        this.lexicon = lexicon;
        this.chunker = chunker;
    }

    /**
     * True when tokens {@code [from, to)} read as a version, size or variant suffix of a name:
     * "-50", "-B/16", "-base", "-L", "v2", "-7B", "-Instruct".
     */
    private static boolean variantSuffix(SentenceTokens s, int from, int to) {
        for (int t = from; t < to; t++) {
            String x = s.tok(t).text();
            if (!(x.equals("-") || x.equals("/") || VARIANT.matcher(x).matches())) {
                return false;
            }
        }
        return true;
    }

    Marked mark(SentenceTokens s) {
        boolean title = s.section() == Section.TITLE;
        List<NameChunker.Word> words = chunker.words(s);
        List<NameChunker.Span> names = chunker.names(s, words, title);
        int[] wordOf = new int[s.size()];
        for (int w = 0; w < words.size(); w++) {
            for (int t = words.get(w).start(); t < words.get(w).fullEnd(); t++) {
                wordOf[t] = w;
            }
        }
        List<String> texts = new ArrayList<>(s.size());
        for (Token t : s.tokens()) {
            texts.add(t.text());
        }
        List<LexHit> lex = new ArrayList<>();
        for (Lexicon.Match m : lexicon.match(texts)) {
            NameChunker.Word first = words.get(wordOf[m.start()]);
            if (first.start() != m.start()) {
                continue;
            }
            NameChunker.Word last = words.get(wordOf[m.end() - 1]);
            boolean grow = m.end() < last.end();
            if (grow && !variantSuffix(s, m.end(), last.end())) {
                continue; // "NMI-HAD" is not a kind of NMI: the known name is only part of another
            }
            lex.add(new LexHit(m.start(), grow ? last.end() : m.end(), m, grow));
        }
        List<CoreLabel> labels = s.core().get(CoreAnnotations.TokensAnnotation.class);
        for (CoreLabel l : labels) {
            l.remove(TokenMarks.Name.class);
            l.remove(TokenMarks.Lex.class);
        }
        for (NameChunker.Span n : names) {
            for (int t = n.start(); t < n.end(); t++) {
                labels.get(t).set(TokenMarks.Name.class, TokenMarks.tag(t, n.start(), n.end()));
            }
        }
        for (LexHit h : lex) {
            String type = h.type().label();
            for (int t = h.start(); t < h.end(); t++) {
                labels.get(t).set(TokenMarks.Lex.class, TokenMarks.tag(t, h.start(), h.end()) + "-" + type);
            }
        }
        return new Marked(s, List.copyOf(words), List.copyOf(names), List.copyOf(lex));
    }
}
