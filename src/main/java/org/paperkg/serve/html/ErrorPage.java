package org.paperkg.serve.html;

import java.util.List;

/** Error pages: not found, bad request, timeouts. Say what happened and where to go instead. */
public final class ErrorPage {

    private ErrorPage() {
    }

    /** The page for an IRI or path this server does not know. */
    public static String notFound(String what) {
        Html h = new Html();
        h.add("<h1>Not found</h1>\n<p>This server knows nothing about <code>%s</code>.</p>\n", what);
        h.add("<p>Try the <a href=\"/search\">search</a>, the <a href=\"/\">home page</a> or a "
                + "<a href=\"/query\">SPARQL query</a>.</p>\n");
        return Layout.page("Not found", null, h, List.of(), null);
    }

    /** Any other error, with a message that is safe to show (escaped here). */
    public static String of(int status, String title, String message) {
        Html h = new Html();
        h.add("<h1>%s</h1>\n<p>%s</p>\n<p class=\"note\">HTTP %s</p>\n", title, message, status);
        return Layout.page(title, null, h, List.of(), null);
    }
}
