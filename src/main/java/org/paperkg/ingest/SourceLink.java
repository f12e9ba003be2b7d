package org.paperkg.ingest;

import java.util.Objects;

/**
 * A link the input states as data rather than in the abstract, such as Hugging Face's
 * {@code paper.githubRepo}: the build records it as {@code pk:codeRepository} with evidence
 * naming {@code field}.
 *
 * @param field the input's field, as a path ({@code paper.githubRepo})
 * @param url   an http(s) URL
 */
public record SourceLink(String field, String url) {

    public SourceLink {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(url, "url");
    }

    /** Whether {@code value} is an http(s) URL worth linking. */
    static boolean isHttpUrl(String value) {
        if (value == null || value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
