/**
 * The Analytics page: the query catalogue on the web. {@code GET /analytics} lists the
 * queries; {@code GET /analytics/NAME?param=...} shows one with its description, a form for its
 * parameters, the result as a table and, where a picture reads better than a table, a chart
 * (bars for top-N lists, a line for trends, a heat map for the co-usage matrix). Results can be
 * downloaded as CSV, TSV or JSON and charts as SVG by adding a suffix to the query's path.
 *
 * <p>Everything is rendered on the server: charts are SVG written by {@link
 * org.paperkg.serve.analytics.SvgWriter} and its three chart classes, pages need no script, and
 * every piece of text taken from the data is escaped. {@link
 * org.paperkg.serve.analytics.AnalyticsServlet} is a plain jakarta servlet; the server registers
 * it under {@code /analytics/*}.
 */
package org.paperkg.serve.analytics;
