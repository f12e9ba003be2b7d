package org.paperkg.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.paperkg.extract.NameKey;

/**
 * Turns entity names into the slugs of their IRIs, so that spelling variants of one name meet in
 * one IRI whatever paper or build they come from.
 *
 * <p>A slug is the name's words, lower-cased and joined by '-', where a word is a maximal run of
 * letters or of digits: "ResNet50", "ResNet-50" and "resnet 50" all give {@code resnet-50};
 * "Low-Rank Adaptation" gives {@code low-rank-adaptation}. A plural last word loses its 's'
 * ("Transformers" → {@code transformer}) unless it is short or ends in "ss", "us" or "is"; an
 * acronym's plural ("LLMs") loses it too. The
 * slug is a pure function of the name: no index, no order, so builds stay repeatable.
 */
public final class Slugs {

    /** "LLMs", "GANs": an acronym's plural, singular before anything else happens. */
    private static final Pattern ACRONYM_PLURAL = Pattern.compile("\\b([A-Z]{2,})s\\b");

    private Slugs() {
    }

    /** The slug of {@code name}; "x" for a name with no letter or digit. */
    public static String of(String name) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return "x";
        }
        int last = words.size() - 1;
        words.set(last, singular(words.get(last)));
        return String.join("-", words);
    }

    /**
     * The key two names must share to be one entity: the slug without its separators, followed
     * by the name's marks ({@link NameKey#isMark}: '+', '#', '@') in their order. Those marks tell
     * names apart that a slug folds together ("C++" and "C", "F@1%" and "F1"), as the extractor's
     * name keys do.
     */
    public static String key(String name) {
        StringBuilder key = new StringBuilder(of(name).replace("-", ""));
        for (int i = 0; i < name.length(); i++) {
            if (NameKey.isMark(name.charAt(i))) {
                key.append(name.charAt(i));
            }
        }
        return key.toString();
    }

    private static List<String> words(String name) {
        String ascii = Normalizer.normalize(ACRONYM_PLURAL.matcher(name).replaceAll("$1"), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int kind = 0; // 1 letter, 2 digit
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            int k = c >= 'a' && c <= 'z' ? 1 : c >= '0' && c <= '9' ? 2 : 0;
            if (k != kind && word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
            if (k != 0) {
                word.append(c);
            }
            kind = k;
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static String singular(String word) {
        if (word.length() > 4 && word.endsWith("s")
                && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
