package org.paperkg.export.view;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.paperkg.link.ResourceIris;

/**
 * Short node ids and fallback labels. An id is the IRI relative to the resource base with its first
 * '/' as ':' ({@code method:resnet-50}, {@code paper:arxiv-1512.03385}): the prefixed name paperkg's
 * Turtle uses, unique, stable, readable in every tool, and an XML name token as GraphML's schema
 * wants. An IRI outside the base is its own id. A node whose store has no label gets one made from
 * the end of its IRI, never the IRI itself.
 */
final class NodeIds {

    private final String base;

    NodeIds(ResourceIris iris) {
        this.base = iris.base();
    }

    String id(String iri) {
        if (!iri.startsWith(base) || iri.length() == base.length()) {
            return iri;
        }
        String path = iri.substring(base.length());
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash) + ":" + path.substring(slash + 1);
    }

    /** "resnet-50" for {@code .../method/resnet-50}, "Paper" for {@code ...ontology#Paper}. */
    static String labelFromIri(String iri) {
        String s = iri;
        while (s.endsWith("/") || s.endsWith("#")) {
            s = s.substring(0, s.length() - 1);
        }
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'));
        String local = cut >= 0 ? s.substring(cut + 1) : s;
        if (local.isEmpty()) {
            local = s;
        }
        try {
            local = URLDecoder.decode(local.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // not percent-encoded after all: keep it as written
        }
        return local;
    }
}
