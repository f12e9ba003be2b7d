package org.paperkg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the name-shaped spans and lexicon matches of a sentence and writes them onto its CoreNLP
 * tokens ({@link Marks}) for the rules to see.
 *
 * <p>A lexicon match must start where a written word starts ("GAN" inside "Style-GAN" is not
 * GAN). When it ends inside a word whose rest is not a generic suffix, it grows to the whole word:
 * with only "ResNet" in the lexicon, "ResNet-50" is still one name, of ResNet's type, but no
 * longer the lexicon entry itself.
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
    record Marked(Sent sent, List<NameChunker.Word> words, List<NameChunker.Span> names, List<LexHit> lex) {
    }

    private final Lexicon lexicon;
    private final NameChunker chunker;

    Marker(Lexicon lexicon, NameChunker chunker) {
        this.lexicon = lexicon;
        this.chunker = chunker;
    }

    Marked mark(Sent s) {
        boolean title = s.section() == Section.TITLE;
        List<NameChunker.Word> words = chunker.words(s);
        List<NameChunker.Span> names = chunker.names(s, title);
        int[] wordOf = new int[s.size()];
        for (int w = 0; w < words.size(); w++) {
            for (int t = words.get(w).start(); t < words.get(w).fullEnd(); t++) {
                wordOf[t] = w;
            }
        }
        List<String> texts = new ArrayList<>(s.size());
        for (Tok t : s.tokens()) {
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
            lex.add(new LexHit(m.start(), grow ? last.end() : m.end(), m, grow));
        }
        List<CoreLabel> labels = s.core().get(CoreAnnotations.TokensAnnotation.class);
        for (CoreLabel l : labels) {
            l.remove(Marks.Name.class);
            l.remove(Marks.Lex.class);
        }
        for (NameChunker.Span n : names) {
            for (int t = n.start(); t < n.end(); t++) {
                labels.get(t).set(Marks.Name.class, Marks.tag(t, n.start(), n.end()));
            }
        }
        for (LexHit h : lex) {
            String type = h.type().label();
            for (int t = h.start(); t < h.end(); t++) {
                labels.get(t).set(Marks.Lex.class, Marks.tag(t, h.start(), h.end()) + "-" + type);
            }
        }
        return new Marked(s, List.copyOf(words), List.copyOf(names), List.copyOf(lex));
    }
}
