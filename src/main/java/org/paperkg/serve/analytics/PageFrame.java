package org.paperkg.serve.analytics;

/**
 * Wraps a page's content in the site's frame (head, header, footer). The server passes its
 * own so that the Analytics page looks like the rest of the site; {@link #STANDALONE} is a
 * plain frame for running the servlet on its own.
 */
@FunctionalInterface
public interface PageFrame {

    /**
     * @param title the page title, plain text (the frame escapes it)
     * @param body  the page's content, HTML
     */
    String page(String title, String body);

    /** A minimal frame with a small inline stylesheet and no script. */
    PageFrame STANDALONE = (title, body) -> """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%s · paperkg</title>
            <style>
            body { font-family: sans-serif; margin: 1.5em auto; max-width: 72em; padding: 0 1em; color: #222; }
            table { border-collapse: collapse; font-size: 0.9em; } th, td { border: 1px solid #ddd; padding: 0.2em 0.5em; vertical-align: top; }
            th { background: #f3f3f3; text-align: left; } td.num { text-align: right; }
            form.params label { display: block; margin-top: 0.5em; font-weight: bold; } form.params small { color: #666; font-weight: normal; }
            .error { color: #a00; } .notes { color: #555; } figure { margin: 1em 0; overflow-x: auto; }
            </style>
            </head>
            <body>
            %s
            </body>
            </html>
            """.formatted(Markup.escape(title), body);
}
