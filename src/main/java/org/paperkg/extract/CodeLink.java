package org.paperkg.extract;

import java.util.Objects;

/** A code or project URL stated in the text, trailing punctuation removed. */
public record CodeLink(String url, Evidence evidence) {

    public CodeLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(evidence, "evidence");
    }
}
