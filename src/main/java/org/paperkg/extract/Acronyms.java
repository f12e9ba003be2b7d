package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Acronym definitions in the manner of Schwartz and Hearst (2003): "Latent Adversarial Diffusion
 * Distillation (LADD)", and the reversed "LADD (Latent Adversarial Diffusion Distillation)".
 *
 * <p>The letters of the short form are matched right to left against the characters before the
 * parenthesis, case-insensitively; the first letter must start a word. This also covers crafted
 * acronyms whose letters sit inside words ("Language-guided data Augmentation for SPurIous
 * correlation REmoval (ASPIRE)"): for those, whose capitals mark the chosen letters, the long form
 * is extended leftwards over the rest of its noun phrase, since the authors' name for the method
 * starts there. A '2' or '4' in the short form may stand for "to" or "for" (T2V: text-to-video).
 */
final class Acronyms {

    /**
     * One definition. Token spans are {@code [start, end)} in the sentence.
     *
     * @param longStart  first token of the long form
     * @param longEnd    token after it
     * @param shortStart first token of the short form
     * @param shortEnd   token after it
     * @param longForm   the long form as written
     * @param shortForm  the short form as written
     * @param reversed   true when the short form comes first: "SHORT (long form)", "SHORT, a long form"
     */
    record Definition(int longStart, int longEnd, int shortStart, int shortEnd, String longForm, String shortForm,
            boolean reversed) {

        /** The token after the closing parenthesis of a forward definition ("(WPR) algorithm"), or -1. */
        int after() {
            return reversed ? -1 : shortEnd + 1;
        }
    }

    /** Words that describe a crafted name but are not part of it ("a novel Optimal tranSport ..."). */
    private static final Set<String> EVALUATIVE = Wordlists.words("acronym-evaluative-words.txt");
    private static final Pattern CRAFTED = Pattern.compile("[A-Z]{2,}[a-z].*|.*[a-z][A-Z].*");
    private static final Set<String> STOP_START = Wordlists.words("acronym-stop-starts.txt");

    private Acronyms() {
    }

    /** Every definition in a sentence, left to right, without knowing task heads. */
    static List<Definition> find(SentenceTokens s) {
        return find(s, t -> false);
    }

    /**
     * Every definition in a sentence, left to right. A one-word lower-case long form
     * ("text-to-video (T2V) diffusion") is descriptive, not a name, unless a task head follows it
     * ("out-of-distribution (OOD) detection"), as {@code taskHead} decides.
     */
    static List<Definition> find(SentenceTokens s, java.util.function.Predicate<Token> taskHead) {
        List<Definition> out = new ArrayList<>();
        for (int i = 1; i < s.size(); i++) {
            if (!s.tok(i).text().equals("(")) {
                continue;
            }
            int close = -1;
            for (int j = i + 1; j < Math.min(s.size(), i + 13); j++) {
                String t = s.tok(j).text();
                if (t.equals(")")) {
                    close = j;
                    break;
                }
                if (t.equals("(") || t.equals(".") && j == s.size() - 1) {
                    break;
                }
            }
            if (close < 0 || close == i + 1) {
                continue;
            }
            Definition d = forward(s, i, close, taskHead);
            if (d == null) {
                d = reversed(s, i, close);
            }
            if (d != null) {
                out.add(d);
            }
        }
        for (int i = 1; i + 4 < s.size(); i++) {
            if (s.tok(i).text().equals(",") && s.tok(i + 1).is("or") && s.tok(i + 3).is("for")
                    && s.tok(i + 4).is("short")) {
                Definition d = forShort(s, i);
                if (d != null) {
                    out.add(d);
                }
            }
        }
        for (int i = 1; i + 2 < s.size(); i++) {
            if (s.tok(i).text().equals(",") && s.tok(i + 1).text().matches("(?i)a|an|the")) {
                Definition d = appositive(s, i);
                if (d != null) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /** "Leave-One-Out K-Nearest-Neighbor, or LOOK for short": the noun phrase before the comma. */
    private static Definition forShort(SentenceTokens s, int comma) {
        String shortForm = s.tok(comma + 2).text();
        if (!shortShape(shortForm)) {
            return null;
        }
        int start = comma;
        while (start > 0 && comma - start < 12) {
            Token t = s.tok(start - 1);
            boolean insideWord = !s.tok(start).spaceBefore(); // "Leave" in "Leave-One-Out" is no verb
            if (!insideWord && t.tag().matches("IN|DT|VB.*|,|:|PRP.*|CC|TO")) {
                break;
            }
            start--;
        }
        if (start >= comma) {
            return null;
        }
        String candidate = s.span(start, comma);
        int from = LetterAlignment.longFormStart(shortForm, candidate);
        if (from < 0) {
            return null;
        }
        int charBegin = s.tok(start).begin() + from;
        int longStart = start;
        while (longStart < comma && s.tok(longStart).begin() < charBegin) {
            longStart++;
        }
        if (longStart >= comma || !valid(s, longStart, comma, shortForm)) {
            return null;
        }
        return new Definition(longStart, comma, comma + 2, comma + 3, s.span(longStart, comma), shortForm, false);
    }

    /**
     * "UNIP, a UNified Infrared Pre-training framework": a short form, a comma, an article and a
     * description whose capitals or word starts spell the short form. Stricter than the bracketed
     * forms: every letter must match a capital or a word start, and the long form ends with the
     * word of the last matched letter (so "framework" is left out).
     */
    private static Definition appositive(SentenceTokens s, int comma) {
        int shortStart = comma - 1;
        while (shortStart > 0 && !s.tok(shortStart).spaceBefore()) {
            shortStart--;
        }
        String shortForm = s.span(shortStart, comma);
        if (!shortShape(shortForm) || NameKey.upperCount(shortForm) < 2) {
            return null;
        }
        int from = comma + 2;
        int to = from;
        while (to < s.size() && to - from < 14 && !s.tok(to).text().matches("[,.;:()]|that|which|to|with")) {
            to++;
        }
        if (to - from < 2) {
            return null;
        }
        String candidate = s.span(from, to);
        int[] at = LetterAlignment.align(shortForm, candidate);
        if (at == null) {
            return null;
        }
        for (int p : at) {
            boolean capital = Character.isUpperCase(candidate.charAt(p));
            boolean wordStart = p == 0 || !Character.isLetterOrDigit(candidate.charAt(p - 1));
            if (!capital && !wordStart) {
                return null;
            }
        }
        int base = s.tok(from).begin();
        int charStart = base + LetterAlignment.wordStart(candidate, at[0]);
        int charLast = base + at[at.length - 1];
        int longStart = from;
        while (longStart < to && s.tok(longStart).begin() < charStart) {
            longStart++;
        }
        int longEnd = longStart;
        while (longEnd < to && s.tok(longEnd).begin() <= charLast) {
            longEnd++;
        }
        while (longEnd < to && !s.tok(longEnd).spaceBefore()) {
            longEnd++; // to the end of the written word
        }
        if (longStart >= longEnd || !valid(s, longStart, longEnd, shortForm)
                || s.span(longStart, longEnd).indexOf(' ') < 0) {
            return null;
        }
        return new Definition(longStart, longEnd, shortStart, comma, s.span(longStart, longEnd), shortForm, true);
    }

    private static Definition forward(SentenceTokens s, int open, int close, java.util.function.Predicate<Token> taskHead) {
        if (!glued(s, open + 1, close)) {
            return null;
        }
        String shortForm = s.span(open + 1, close);
        if (!shortShape(shortForm)) {
            return null;
        }
        int letters = NameKey.key(shortForm).length();
        int maxWords = Math.min(letters + 5, letters * 2);
        int start = open;
        int words = 0;
        while (start > 0 && words < maxWords) {
            Token t = s.tok(start - 1);
            if (t.text().matches("[,;:()\\[\\].!?\"“”]")) {
                break;
            }
            start--;
            if (s.tok(start).spaceBefore() || start == 0) {
                words++;
            }
        }
        if (start >= open) {
            return null;
        }
        String candidate = s.span(start, open);
        int from = LetterAlignment.longFormStart(shortForm, candidate);
        if (from < 0) {
            return null;
        }
        int charBegin = s.tok(start).begin() + from;
        int longStart = start;
        while (longStart < open && s.tok(longStart).begin() < charBegin) {
            longStart++;
        }
        if (longStart >= open || !valid(s, longStart, open, shortForm)) {
            return null;
        }
        String lf = s.span(longStart, open);
        boolean taskAfter = close + 1 < s.size() && taskHead.test(s.tok(close + 1));
        if (lf.indexOf(' ') < 0 && NameKey.isAllLower(lf) && !taskAfter) {
            return null; // "text-to-video (T2V) diffusion": a descriptive compound, not a name
        }
        if (crafted(s.span(longStart, open))) {
            longStart = extendLeft(s, longStart);
        }
        return new Definition(longStart, open, open + 1, close, s.span(longStart, open), shortForm, false);
    }

    private static Definition reversed(SentenceTokens s, int open, int close) {
        int shortEnd = open;
        int shortStart = open - 1;
        while (shortStart > 0 && !s.tok(shortStart).spaceBefore()) {
            shortStart--;
        }
        String shortForm = s.span(shortStart, shortEnd);
        if (!shortShape(shortForm) || NameKey.upperCount(shortForm) < 2) {
            return null;
        }
        String inner = s.span(open + 1, close);
        if (inner.indexOf(' ') < 0 || inner.split(" ").length > 10) {
            return null;
        }
        if (LetterAlignment.longFormStart(shortForm, inner) != 0 || !valid(s, open + 1, close, shortForm)) {
            return null;
        }
        return new Definition(open + 1, close, shortStart, shortEnd, inner, shortForm, true);
    }

    /** True when tokens {@code [from, to)} are written without white space between them. */
    private static boolean glued(SentenceTokens s, int from, int to) {
        for (int t = from + 1; t < to; t++) {
            if (s.tok(t).spaceBefore()) {
                return false;
            }
        }
        return true;
    }

    private static boolean shortShape(String sf) {
        String key = NameKey.key(sf);
        if (key.length() < 2 || key.length() > 10 || sf.length() > 12) {
            return false;
        }
        if (!Character.isLetterOrDigit(sf.charAt(0)) || NameKey.upperCount(sf) == 0) {
            return false;
        }
        return sf.chars().anyMatch(Character::isLetter) && !sf.matches("[IVXivx]+");
    }

    private static boolean valid(SentenceTokens s, int longStart, int longEnd, String shortForm) {
        String first = s.tok(longStart).text().toLowerCase(Locale.ROOT);
        if (STOP_START.contains(first)) {
            return false;
        }
        if (!NameKey.isAllLower(shortForm) && shortForm.chars().anyMatch(Character::isLowerCase)) {
            int content = 0;
            for (String word : s.span(longStart, longEnd).split("\\s+")) {
                if (!STOP_START.contains(word.toLowerCase(Locale.ROOT))) {
                    content++;
                }
            }
            if (content > NameKey.upperCount(shortForm) + 2) {
                return false; // "BearLLM" does not abbreviate eight words
            }
        }
        String longForm = s.span(longStart, longEnd);
        String lk = NameKey.key(longForm);
        String sk = NameKey.key(shortForm);
        return lk.length() > sk.length() + 1 && !lk.contains(sk);
    }

    private static boolean crafted(String longForm) {
        for (String w : longForm.split("[ \\-/]")) {
            if (CRAFTED.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Grows a crafted long form over up to four preceding noun-phrase tokens. */
    private static int extendLeft(SentenceTokens s, int start) {
        int t = start;
        int added = 0;
        while (t > 0 && added < 4) {
            Token p = s.tok(t - 1);
            boolean np = p.tag().matches("JJ.*|NN.*|VBN|VBG|HYPH") || p.text().equals("-");
            String w = p.text().toLowerCase(Locale.ROOT);
            if (!np || STOP_START.contains(w) || EVALUATIVE.contains(w)) {
                break;
            }
            t--;
            added++;
        }
        while (t < start && s.tok(t).text().equals("-")) {
            t++;
        }
        return t;
    }
}
