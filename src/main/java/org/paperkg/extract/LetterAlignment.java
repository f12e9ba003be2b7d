package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Matches the letters of a short form to a candidate long form, as Schwartz and Hearst (2003) do:
 * right to left, case-insensitively, the first letter at a word start. A first pass uses only
 * capitals and word-initial letters, which finds the intended letters of crafted acronyms
 * ("SPurIous ... REmoval" for ASPIRE) that the plain pass would take from the nearest lower-case
 * letter.
 */
final class LetterAlignment {

    private LetterAlignment() {
    }

    /**
     * The start in {@code candidate} of a long form whose capitals and word-initial letters spell
     * {@code shortForm} from the candidate's first word on, or -1: used for title prefixes
     * ("OASIS: Open-world Adaptive Self-supervised and Imbalanced-aware System"), where the loose
     * letter matching of running text would find spurious expansions.
     */
    static boolean spellsFromStart(String shortForm, String candidate) {
        int[] at = capitals(shortForm, candidate);
        return at != null && at.length > 0 && wordStart(candidate, at[0]) == 0;
    }

    /**
     * Where in {@code candidate} the long form of {@code shortForm} starts, or -1. The Schwartz-Hearst
     * matcher, then (if that fails) the same with '2' read as "to" and '4' as "for".
     */
    static int longFormStart(String shortForm, String candidate) {
        int[] at = align(shortForm, candidate);
        return at == null ? -1 : wordStart(candidate, at[0]);
    }

    /**
     * The positions in {@code candidate} that the letters and digits of {@code shortForm} match,
     * right to left as Schwartz and Hearst do, the first letter at a word start; null when they do
     * not all match.
     */
    static int[] align(String shortForm, String candidate) {
        int[] at = capitals(shortForm, candidate);
        if (at == null) {
            at = match(shortForm, candidate);
        }
        if (at == null && (shortForm.indexOf('2') >= 0 || shortForm.indexOf('4') >= 0)) {
            at = match(shortForm.replace('2', 't').replace('4', 'f'), candidate);
        }
        return at;
    }

    /**
     * Aligns the short form's letters only with capitals and word-initial letters of the candidate
     * (right to left): this finds the intended letters of crafted acronyms ("SPurIous ... REmoval"),
     * which the plain matcher would take from the nearest lower-case letter.
     */
    private static int[] capitals(String sf, String lf) {
        int li = lf.length() - 1;
        List<Integer> pos = new ArrayList<>();
        for (int si = sf.length() - 1; si >= 0; si--) {
            char c = Character.toLowerCase(sf.charAt(si));
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            while (li >= 0) {
                char x = lf.charAt(li);
                boolean marked = Character.isUpperCase(x) || Character.isDigit(x)
                        || (Character.isLetter(x) && (li == 0 || !Character.isLetterOrDigit(lf.charAt(li - 1))));
                if (marked && Character.toLowerCase(x) == c) {
                    break;
                }
                li--;
            }
            if (li < 0) {
                return null;
            }
            pos.add(0, li);
            li--;
        }
        if (pos.isEmpty()) {
            return null;
        }
        int first = pos.get(0);
        if (first > 0 && Character.isLetterOrDigit(lf.charAt(first - 1))) {
            return null; // the first letter must start a word
        }
        int[] out = new int[pos.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = pos.get(i);
        }
        return out;
    }

    private static int[] match(String sf, String lf) {
        String s = sf.toLowerCase(Locale.ROOT);
        String l = lf.toLowerCase(Locale.ROOT);
        int first = firstAlnum(s);
        List<Integer> pos = new ArrayList<>();
        int si = s.length() - 1;
        int li = l.length() - 1;
        while (si >= 0) {
            char c = s.charAt(si);
            if (!Character.isLetterOrDigit(c)) {
                si--;
                continue;
            }
            while (li >= 0 && (l.charAt(li) != c
                    || (si == first && li > 0 && Character.isLetterOrDigit(l.charAt(li - 1))))) {
                li--;
            }
            if (li < 0) {
                return null;
            }
            pos.add(0, li);
            li--;
            si--;
        }
        int[] out = new int[pos.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = pos.get(i);
        }
        return out;
    }

    static int wordStart(String text, int pos) {
        return text.lastIndexOf(' ', pos) + 1;
    }

    private static int firstAlnum(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return i;
            }
        }
        return 0;
    }
}
