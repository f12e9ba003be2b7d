/**
 * HTML pages, one class per kind of page, built with {@link org.paperkg.serve.html.Html}, which
 * escapes every value from the data. Pages share one layout and one stylesheet, load nothing from
 * other sites, and work without JavaScript.
 */
package org.paperkg.serve.html;
