package org.paperkg.serve.html;

import org.paperkg.rdf.PK;
import org.paperkg.link.ResourceIris;

/**
 * Where each IRI is served: resources under the resource base at {@code /resource/...}, the
 * ontology and its terms at {@code /ontology}, everything else where it lives.
 *
 * <pre>{@code
 * links.href("https://w3id.org/paperkg/resource/paper/X")   // "/resource/paper/X"
 * links.href("https://w3id.org/paperkg/ontology#Paper")     // "/ontology#Paper"
 * links.iriForPath("/resource/paper/X")                     // "https://w3id.org/paperkg/resource/paper/X"
 * }</pre>
 */
public record Links(ResourceIris iris) {

    /** The path prefix of resources under the resource base. */
    public static final String RESOURCE_PATH = "/resource/";
    /** The path of the ontology. */
    public static final String ONTOLOGY_PATH = "/ontology";

    /** True when this server dereferences {@code iri}. */
    public boolean isLocal(String iri) {
        return iri != null && (iris.owns(iri) || iri.equals(PK.ONTOLOGY_IRI) || iri.startsWith(PK.NS));
    }

    /**
     * The link target for {@code iri}: its path on this server, the IRI itself when it is an
     * external http(s) IRI, or null when it should not be a link (another scheme).
     */
    public String href(String iri) {
        if (iri == null) {
            return null;
        }
        if (iris.owns(iri)) {
            return RESOURCE_PATH + iri.substring(iris.base().length());
        }
        if (iri.equals(PK.ONTOLOGY_IRI)) {
            return ONTOLOGY_PATH;
        }
        if (iri.startsWith(PK.NS)) {
            return ONTOLOGY_PATH + "#" + iri.substring(PK.NS.length());
        }
        return iri.startsWith("http://") || iri.startsWith("https://") ? iri : null;
    }

    /** The IRI a request path stands for, or null when the path is not a resource path. */
    public String iriForPath(String path) {
        if (path.startsWith(RESOURCE_PATH) && path.length() > RESOURCE_PATH.length()) {
            return iris.base() + path.substring(RESOURCE_PATH.length());
        }
        if (path.equals(ONTOLOGY_PATH)) {
            return PK.ONTOLOGY_IRI;
        }
        return null;
    }

    /** A link to {@code iri} showing {@code label} (escaped); plain text when it cannot be a link. */
    public Html.Raw to(String iri, String label) {
        String href = href(iri);
        String shown = label == null || label.isBlank() ? iri : label;
        if (href == null) {
            return Html.fragment("%s", shown);
        }
        boolean external = !isLocal(iri);
        return Html.fragment(external ? "<a href=\"%s\" rel=\"nofollow noopener\">%s</a>" : "<a href=\"%s\">%s</a>", href, shown);
    }
}
