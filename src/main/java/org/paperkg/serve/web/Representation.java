package org.paperkg.serve.web;

import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;

/**
 * The forms a resource is served in, chosen by file suffix or by the Accept header.
 *
 * <p>A browser's Accept header names {@code text/html} and gets the page; {@code text/turtle},
 * {@code application/ld+json}, {@code application/n-triples} and {@code application/rdf+xml} get
 * the RDF; a request without preference ({@code *}{@code /*} or no header) gets the page. Each RDF
 * form also has its own address, the resource's path plus {@link #suffix()}.
 */
public enum Representation {
    HTML("", "text/html", null, "HTML"),
    TURTLE(".ttl", "text/turtle", Lang.TURTLE, "Turtle"),
    JSONLD(".jsonld", "application/ld+json", Lang.JSONLD, "JSON-LD"),
    NTRIPLES(".nt", "application/n-triples", Lang.NTRIPLES, "N-Triples"),
    RDFXML(".rdf", "application/rdf+xml", Lang.RDFXML, "RDF/XML");

    private static final AcceptList OFFER = AcceptList.create("text/html", "text/turtle", "application/ld+json",
            "application/n-triples", "application/rdf+xml", "application/xhtml+xml", "application/json",
            "text/plain");

    private final String suffix;
    private final String mediaType;
    private final Lang lang;
    private final String label;

    Representation(String suffix, String mediaType, Lang lang, String label) {
        this.suffix = suffix;
        this.mediaType = mediaType;
        this.lang = lang;
        this.label = label;
    }

    public String suffix() {
        return suffix;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Jena language of an RDF form; null for HTML. */
    public Lang lang() {
        return lang;
    }

    public String label() {
        return label;
    }

    /** The RDF forms, in the order pages list them. */
    public static List<Representation> rdf() {
        return List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);
    }

    /** The form a path's suffix asks for, or null when it has none of them. */
    public static Representation bySuffix(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        for (Representation r : rdf()) {
            if (lower.endsWith(r.suffix)) {
                return r;
            }
        }
        return lower.endsWith(".html") ? HTML : null;
    }

    /** The form the Accept header prefers; HTML when it has no preference or names none we have. */
    public static Representation negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return HTML;
        }
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(accept), OFFER);
        } catch (RuntimeException e) {
            return HTML;
        }
        if (chosen == null) {
            return HTML;
        }
        return switch (chosen.getContentTypeStr()) {
            case "text/turtle" -> TURTLE;
            case "application/ld+json", "application/json" -> JSONLD;
            case "application/n-triples", "text/plain" -> NTRIPLES;
            case "application/rdf+xml" -> RDFXML;
            default -> HTML;
        };
    }
}
