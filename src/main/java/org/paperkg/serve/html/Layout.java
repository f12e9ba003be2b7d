package org.paperkg.serve.html;

import java.util.List;

/**
 * The frame every page shares: head with the one stylesheet, a header with the search box and
 * the main links, the page's content, and a footer naming the formats the page's resource can
 * be had in. No page needs JavaScript; the query page loads one local script to run queries in
 * place.
 */
public final class Layout {

    /** Another representation of the page's resource. */
    public record Alternate(String label, String href, String mediaType) {
    }

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%s · paperkg</title>
            <link rel="stylesheet" href="/static/paperkg.css">
            %s%s</head>
            <body>
            <header class="site">
            <a class="brand" href="/">paperkg</a>
            <form class="search" action="/search" method="get" role="search">
            <input type="search" name="q" value="%s" placeholder="Search papers, methods, datasets…" aria-label="Search">
            <button type="submit">Search</button>
            </form>
            <nav><a href="/query">SPARQL</a> <a href="/analytics/">Analytics</a> <a href="/ontology">Ontology</a> <a href="/.well-known/void">Data</a></nav>
            </header>
            <main>
            %s
            </main>
            <footer class="site">%s</footer>
            </body>
            </html>
            """;

    private Layout() {
    }

    /**
     * A whole page.
     *
     * @param title      the page title (text)
     * @param searched   the search box's current text, or null
     * @param body       the content
     * @param alternates other formats of the page's resource, possibly empty
     * @param script     a local script path to load, or null
     */
    public static String page(String title, String searched, Html body, List<Alternate> alternates, String script) {
        return page(title, searched, body, alternates, List.of(), script == null ? List.of() : List.of(script));
    }

    /**
     * A whole page that loads more local files: the query page's editor brings its own style sheet and scripts.
     *
     * @param styles  local style sheets loaded after paperkg's own
     * @param scripts local scripts, run in this order once the page is parsed ({@code defer})
     */
    public static String page(String title, String searched, Html body, List<Alternate> alternates, List<String> styles,
            List<String> scripts) {
        Html links = new Html();
        for (String s : styles) {
            links.add("<link rel=\"stylesheet\" href=\"%s\">\n", s);
        }
        for (Alternate a : alternates) {
            links.add("<link rel=\"alternate\" type=\"%s\" href=\"%s\">\n", a.mediaType(), a.href());
        }
        Html scriptTags = new Html();
        for (String s : scripts) {
            scriptTags.add("<script src=\"%s\" defer></script>\n", s);
        }
        return new Html().add(PAGE, title, links, scriptTags, searched == null ? "" : searched, body, footer(alternates)).toString();
    }

    private static Html footer(List<Alternate> alternates) {
        Html f = new Html();
        if (!alternates.isEmpty()) {
            f.add("<p class=\"formats\">This resource as ");
            for (int i = 0; i < alternates.size(); i++) {
                Alternate a = alternates.get(i);
                f.add(i == 0 ? "" : " · ").add("<a href=\"%s\" type=\"%s\">%s</a>", a.href(), a.mediaType(), a.label());
            }
            f.add("</p>");
        }
        f.add("<p>paperkg knowledge graph of machine-learning research · <a href=\"/kg/sparql\">SPARQL endpoint</a> · "
                + "<a href=\"/dump/paperkg.nq.gz\">N-Quads dump</a></p>");
        return f;
    }
}
