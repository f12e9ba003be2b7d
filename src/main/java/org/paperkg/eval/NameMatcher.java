package org.paperkg.eval;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether two entity names mean the same thing for scoring, leniently enough that
 * surface variation is not scored as an error: case, hyphens, spaces and punctuation are
 * ignored ("Pre-training" = "pretraining", "ResNet-50" = "ResNet50") and each word is reduced to
 * a crude singular ("Transformers" = "Transformer", "accuracies" = "accuracy").
 *
 * <p>No fuzzy or prefix matching: "BERT" does not match "BERT-base", since the guidelines list a
 * family and its member as two entries.
 */
public final class NameMatcher {

    private NameMatcher() {
    }

    /** The comparison key of one name; "" when the name has no letter or digit. */
    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else {
                out.append(singular(word));
                word.setLength(0);
            }
        }
        out.append(singular(word));
        return out.toString();
    }

    /** The keys of several names (a name and its aliases), blank keys dropped. */
    public static Set<String> keys(Collection<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String n : names) {
            if (n != null) {
                String k = key(n);
                if (!k.isEmpty()) {
                    keys.add(k);
                }
            }
        }
        return keys;
    }

    /** True when any name of one side matches any name of the other. */
    public static boolean anyMatch(Set<String> keys, Set<String> otherKeys) {
        for (String k : keys) {
            if (otherKeys.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Strips an English plural ending; short words and "-ss", "-us", "-is" are kept. */
    private static String singular(CharSequence w) {
        String s = w.toString();
        if (s.length() <= 3 || !Character.isLetter(s.charAt(s.length() - 1))) {
            return s;
        }
        if (s.endsWith("ies") && s.length() > 4) {
            return s.substring(0, s.length() - 3) + "y";
        }
        if (s.endsWith("sses")) {
            return s.substring(0, s.length() - 2);
        }
        if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }
}
