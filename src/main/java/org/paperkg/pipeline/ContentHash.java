package org.paperkg.pipeline;

import java.util.Objects;
import org.paperkg.ingest.Paper;
import org.paperkg.link.ResourceIris;
import org.paperkg.rdf.Lexicons;

/**
 * The hash that decides whether a stored paper must be rebuilt: its content as read, plus the
 * fingerprint of what reads it (extractor version, lexicon, resource base). Sources (file and
 * line) are left out: moving a file does not redo extraction.
 */
public final class ContentHash {

    /** Marks a paper stored without facts after a failed extraction: never equal to a real hash. */
    public static final String RETRY_PREFIX = "retry-";

    private ContentHash() {
    }

    /**
     * What reads a paper, hashed into its content hash: the extractor version, the lexicon's
     * fingerprint and the resource base. {@code build} and {@code paperkg spark} both use it.
     */
    public static String fingerprint(String extractorVersion, Lexicons lexicon, ResourceIris iris) {
        return extractorVersion + "\u0000" + lexicon.fingerprint() + "\u0000" + iris.base();
    }

    public static String of(Paper p, String fingerprint) {
        String content = String.join("\u0000",
                p.title(), p.abstractText(), p.originalTitle(), p.originalAbstract(),
                Objects.toString(p.date(), ""), Objects.toString(p.listingDate(), ""),
                Objects.toString(p.arxivId(), ""), String.join(",", p.categories()), fingerprint)
                + (p.sourceLinks().isEmpty() ? "" : "\u0000" + p.sourceLinks());
        return ResourceIris.sha256Hex(content);
    }
}
