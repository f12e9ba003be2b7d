package org.paperkg.extract;

/**
 * The normalised forms under which names are compared.
 *
 * <p>Authors write the same name with and without hyphens and spaces ("ResNet50", "ResNet-50",
 * "ResNet 50"), so names are compared on their letters and digits only. {@code '+'},
 * {@code '#'} and {@code '@'} are kept because they distinguish names ("C++", "C#", and
 * "F@1%", an F-score at a distance threshold, which must not fold into plain "F1").
 */
public final class NameKey {

    private NameKey() {
    }

    /** Lower-cased letters, digits, '+', '#' and '@': the case-insensitive comparison key. */
    static String key(CharSequence s) {
        return filter(s, true);
    }

    /** Letters, digits, '+', '#' and '@' in their original case: the case-sensitive comparison key. */
    static String exact(CharSequence s) {
        return filter(s, false);
    }

    private static String filter(CharSequence s, boolean lower) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || isMark(c)) {
                b.append(lower ? Character.toLowerCase(c) : c);
            }
        }
        return b.toString();
    }

    /** '+', '#' or '@': the marks a key keeps besides letters and digits, since they tell names apart. */
    public static boolean isMark(char c) {
        return c == '+' || c == '#' || c == '@';
    }

    /** True when the text has no character that counts for a key (a hyphen, a slash). */
    static boolean isJoiner(String token) {
        return token.equals("-") || token.equals("–") || token.equals("/") || token.equals("_")
                || token.equals(".") || token.equals("'") || token.equals("&");
    }

    /** A plain capitalised word such as "Transformer": first letter upper case, the rest lower. */
    static boolean isCapitalisedWord(String s) {
        if (s.length() < 2 || !Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when every letter is lower case (digits and punctuation allowed). */
    static boolean isAllLower(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Number of upper-case letters. */
    static int upperCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** True when the string contains a digit. */
    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
