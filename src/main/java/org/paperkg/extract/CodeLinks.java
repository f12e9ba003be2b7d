package org.paperkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repository and project URLs in a section's text.
 *
 * <p>URLs are found on the text itself, not on tokens: the tokenizer may split a URL, and offsets
 * must cut it exactly. Trailing sentence punctuation ('.', ',', ';', ':', quotes, and a ')' or
 * '}' or ']' that closes nothing inside the URL) is not part of it. A code host address written
 * without a scheme ("github.com/x/y") gets "https://".
 *
 * <p>Confidence by host: code hosts (GitHub, GitLab, Bitbucket, Hugging Face) 0.95, project pages
 * on github.io 0.9, any other URL 0.8 (abstracts rarely link anything but code, data or a
 * project page).
 */
final class CodeLinks {

    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)[^\\s<>\"\\[\\]{}|\\\\^`]+"
                    + "|\\b(?:github\\.com|gitlab\\.com|huggingface\\.co|bitbucket\\.org)/[^\\s<>\"\\[\\]{}|\\\\^`]+");
    private static final Set<String> CODE_HOSTS = Set.of("github.com", "gitlab.com", "bitbucket.org",
            "huggingface.co", "www.github.com", "www.gitlab.com", "www.bitbucket.org", "www.huggingface.co");

    private CodeLinks() {
    }

    /** The links of one section, in text order, each URL once. */
    static List<CodeLink> find(Section section, String text, List<SentenceTokens> sentences) {
        List<CodeLink> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = trimEnd(text, start, m.end());
            String written = text.substring(start, end);
            if (written.length() < 8 || written.indexOf('.') < 0) {
                continue;
            }
            String url = normalise(written);
            if (!seen.add(url)) {
                continue;
            }
            out.add(new CodeLink(url, new Evidence(section, start, end, sentenceOf(text, sentences, start),
                    "url", confidence(url))));
        }
        return out;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start) {
            char c = text.charAt(end - 1);
            if (".,;:!?'\"”’".indexOf(c) >= 0) {
                end--;
            } else if (c == ')' && count(text, start, end, '(') < count(text, start, end, ')')) {
                end--;
            } else if ((c == '}' || c == ']') && text.substring(start, end - 1).indexOf(c == '}' ? '{' : '[') < 0) {
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    private static int count(String text, int start, int end, char c) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static String normalise(String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return written;
        }
        return "https://" + written;
    }

    private static double confidence(String url) {
        String host = host(url);
        if (CODE_HOSTS.contains(host)) {
            return 0.95;
        }
        return host.endsWith(".github.io") ? 0.9 : 0.8;
    }

    /** The host of a URL, lower-cased. */
    static String host(String url) {
        String rest = url.replaceFirst("(?i)^https?://", "");
        int slash = rest.indexOf('/');
        return (slash < 0 ? rest : rest.substring(0, slash)).toLowerCase(Locale.ROOT);
    }

    private static String sentenceOf(String text, List<SentenceTokens> sentences, int offset) {
        for (SentenceTokens s : sentences) {
            if (s.begin() <= offset && offset < s.end()) {
                return s.text();
            }
        }
        return text;
    }
}
