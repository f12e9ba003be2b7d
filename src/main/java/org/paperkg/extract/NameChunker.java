package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds name-shaped token spans: "BERT", "ResNet-50", "Zero-TPrune", "wav2vec 2.0",
 * "Video Swin Transformer", "PASCAL VOC 2007".
 *
 * <p>CoreNLP splits "ResNet-50" into three tokens, so tokens written without white space are first
 * glued back into <em>words</em>. A word loses a generic hyphen suffix ("BERT-based",
 * "Transformer-like": the list is {@code generic-suffixes.txt}), which leaves the name and lets
 * the rules see the suffix as context. Each word then gets a shape:
 * <ul>
 *   <li>strong: a part with two capitals, an inner capital or letters and digits (BERT, ViT,
 *       bAbI, wav2vec, GPT-4, Kinetics-400);</li>
 *   <li>capitalised: "Siamese", "Transformer", "Pre-Trained" (every part plain capitalised);</li>
 *   <li>version: "2.0", "2007", "v2", "7B", "3D", and small integers after a strong word.</li>
 * </ul>
 * A name is a run of adjacent strong or capitalised words, optionally followed by versions. A
 * single capitalised word at the start of a sentence is grammar, not a name; in a title every
 * word is capitalised, so there only strong words count.
 */
final class NameChunker {

    enum Shape { STRONG, CAP, VERSION, INT, NONE }

    /**
     * A run of tokens written without white space.
     *
     * @param start   first token
     * @param end     token after the name part (before a stripped generic suffix)
     * @param fullEnd token after the whole word
     * @param shape   its shape
     */
    record Word(int start, int end, int fullEnd, Shape shape) {

        boolean stripped() {
            return end != fullEnd;
        }
    }

    /** A name-shaped token span {@code [start, end)}; {@code strong} when a strong word is in it. */
    record Span(int start, int end, boolean strong) {
    }

    private static final Pattern VERSION = Pattern.compile(
            "\\d+\\.\\d+(\\.\\d+)*|(19|20)\\d\\d|[vV]\\d+(\\.\\d+)*|\\d+(\\.\\d+)?[KkMmBbDd]|[IVX]{2,4}");
    private static final Pattern INT = Pattern.compile("\\d{1,4}");
    private static final Pattern PARTS = Pattern.compile("[-–/_+ ]");
    /** A BibTeX key left in the text: "gretton2006kernel". */
    private static final Pattern CITATION_KEY = Pattern.compile("[a-z]+(19|20)\\d\\d[a-z]+");
    private static final Pattern URLISH = Pattern.compile("(?i)://|^www\\.|\\.(com|org|io|net|co|edu)(/|$)");
    private static final Pattern RESOLUTION = Pattern.compile("(?i)\\d+(?:times|x|×)\\d+");
    private static final Set<String> CLOSED_TAGS = Set.of(
            "IN", "DT", "PRP", "PRP$", "CC", "WDT", "WP", "WP$", "MD", "TO", "EX", "RB", "RBR", "RBS", "WRB", "PDT");
    private static final Set<String> OPENERS = Set.of(":", ";", "\"", "“", "•", "‘");

    private final Set<String> genericSuffixes;
    private final Set<String> functionWords;
    private final Set<String> nonNames;

    /**
     * @param genericSuffixes hyphen suffixes cut from words ("based")
     * @param functionWords   capitalised words that are never names ("However")
     * @param nonNames        name keys of single words that never join a name (SOTA, NLP, GPU)
     */
    NameChunker(Set<String> genericSuffixes, Set<String> functionWords, Set<String> nonNames) {
        this.genericSuffixes = Set.copyOf(genericSuffixes);
        this.functionWords = Set.copyOf(functionWords);
        this.nonNames = Set.copyOf(nonNames);
    }

    /**
     * The chunker configured from {@code generic-suffixes.txt}, {@code function-words.txt} and the
     * one-word entries of {@code generic-names.txt}.
     */
    static NameChunker standard() {
        java.util.Set<String> single = new java.util.HashSet<>();
        for (String g : Wordlists.words("generic-names.txt")) {
            if (g.indexOf(' ') < 0) {
                single.add(NameKey.key(g));
            }
        }
        return new NameChunker(Wordlists.words("generic-suffixes.txt"), Wordlists.words("function-words.txt"), single);
    }

    /** Glues the tokens of one sentence into words and gives each its shape. */
    List<Word> words(SentenceTokens s) {
        List<Token> toks = s.tokens();
        List<Word> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            int j = i + 1;
            while (j < toks.size() && glues(toks, j)) {
                j++;
            }
            int end = j;
            if (j - i >= 3 && toks.get(j - 2).text().equals("-")
                    && genericSuffixes.contains(toks.get(j - 1).text().toLowerCase(Locale.ROOT))) {
                end = j - 2;
            }
            out.add(new Word(i, end, j, shape(s, i, end)));
            i = j;
        }
        return out;
    }

    /** The name-shaped spans of a sentence, left to right; {@code title} for a title section. */
    List<Span> names(SentenceTokens s, boolean title) {
        return names(s, words(s), title);
    }

    /** The name-shaped spans, given the sentence's {@link #words}. */
    List<Span> names(SentenceTokens s, List<Word> words, boolean title) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Word w = words.get(i);
            boolean starts = w.shape() == Shape.STRONG || (w.shape() == Shape.CAP && !title);
            if (!starts) {
                i++;
                continue;
            }
            int j = i;
            boolean strong = false;
            int caps = 0;
            int versions = 0;
            int k = i;
            while (k < words.size()) {
                Word x = words.get(k);
                if (k > i) {
                    Word prev = words.get(k - 1);
                    if (prev.stripped() || x.start() != prev.fullEnd()) {
                        break;
                    }
                }
                Shape sh = x.shape();
                if (sh == Shape.STRONG || (sh == Shape.CAP && !title)) {
                    if (versions > 0) {
                        break;
                    }
                    strong |= sh == Shape.STRONG;
                    caps += sh == Shape.CAP ? 1 : 0;
                } else if (sh == Shape.VERSION
                        || ((sh == Shape.INT || letterVersion(s, x)) && words.get(k - 1).shape() == Shape.STRONG
                            && versions == 0)) {
                    if (k == i || versions >= 2) {
                        break;
                    }
                    versions++;
                } else {
                    break;
                }
                j = k;
                k++;
            }
            if (citation(s, words.get(j).fullEnd())) {
                i = j + 1;
                continue; // "Huang et al." names an author
            }
            int count = j - i + 1;
            boolean lone = count - versions == 1 && !strong;
            int from = i;
            if (w.shape() == Shape.CAP && initial(s, w.start()) && !s.tok(w.start()).tag().startsWith("NN")) {
                from = i + 1; // "Initializing Decision Transformers", "Popular AD methods": grammar, not name
            }
            if (!(lone && initial(s, w.start())) && from <= j && words.get(from).shape() != Shape.VERSION
                    && words.get(from).shape() != Shape.INT) {
                out.add(new Span(words.get(from).start(), words.get(j).end(), strong));
            }
            i = j + 1;
        }
        return out;
    }

    private static boolean citation(SentenceTokens s, int after) {
        return after + 1 < s.size() && s.tok(after).is("et") && s.tok(after + 1).text().matches("(?i)al\\.?");
    }

    /** A single capital after a strong word, as in "Med-PaLM M" (not the words "A" and "I"). */
    private static boolean letterVersion(SentenceTokens s, Word w) {
        if (w.end() - w.start() != 1) {
            return false;
        }
        String t = s.tok(w.start()).text();
        return t.length() == 1 && Character.isUpperCase(t.charAt(0)) && !t.equals("A") && !t.equals("I");
    }

    private static boolean glues(List<Token> toks, int j) {
        Token cur = toks.get(j);
        Token prev = toks.get(j - 1);
        if (cur.spaceBefore() || cur.text().startsWith("'") || cur.text().startsWith("’")) {
            return false;
        }
        if (isJoin(cur)) {
            return j + 1 < toks.size() && !toks.get(j + 1).spaceBefore() && hasAlnum(toks.get(j + 1).text())
                    && hasAlnum(prev.text());
        }
        if (isJoin(prev)) {
            return hasAlnum(cur.text());
        }
        return hasAlnum(prev.text()) && hasAlnum(cur.text());
    }

    private static boolean isJoin(Token t) {
        String x = t.text();
        return x.equals("-") || x.equals("–") || x.equals("/") || x.equals("_") || x.equals("+");
    }

    private static boolean hasAlnum(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private Shape shape(SentenceTokens s, int start, int end) {
        if (end <= start) {
            return Shape.NONE;
        }
        String text = s.span(start, end);
        if (URLISH.matcher(text).find() || RESOLUTION.matcher(text).matches() || CITATION_KEY.matcher(text).matches()
                || nonNames.contains(NameKey.key(text))) {
            return Shape.NONE;
        }
        if (VERSION.matcher(text).matches()) {
            return Shape.VERSION;
        }
        if (INT.matcher(text).matches()) {
            return Shape.INT;
        }
        int letters = 0;
        boolean strong = false;
        boolean firstUpper = false;
        boolean digitPart = false;
        boolean firstPart = true;
        for (String part : PARTS.split(text)) {
            if (part.isEmpty()) {
                continue;
            }
            int upper = NameKey.upperCount(part);
            boolean letter = part.chars().anyMatch(Character::isLetter);
            boolean digit = NameKey.hasDigit(part);
            letters += (int) part.chars().filter(Character::isLetter).count();
            if (upper >= 2 || (letter && digit) || (upper >= 1 && !Character.isUpperCase(part.charAt(0)))) {
                strong = true;
            }
            if (firstPart) {
                firstUpper = Character.isUpperCase(part.charAt(0));
                firstPart = false;
            } else if (digit && !letter) {
                digitPart = true;
            }
        }
        if (letters <= 1) {
            return Shape.NONE;
        }
        if (strong || (firstUpper && digitPart)) {
            return Shape.STRONG;
        }
        if (!firstUpper || functionWords.contains(text.toLowerCase(Locale.ROOT))
                || (end - start == 1 && CLOSED_TAGS.contains(s.tok(start).tag()))) {
            return Shape.NONE;
        }
        return Shape.CAP;
    }

    /** True at a sentence start or after an opening colon, semicolon, quote or enumerator "(1)". */
    private static boolean initial(SentenceTokens s, int token) {
        if (token == 0) {
            return true;
        }
        String prev = s.tok(token - 1).text();
        if (OPENERS.contains(prev)) {
            return true;
        }
        if (prev.equals(")") && token >= 2) {
            String inner = s.tok(token - 2).text();
            return inner.matches("\\d{1,2}|[ivx]{1,4}|[a-h]");
        }
        return false;
    }
}
