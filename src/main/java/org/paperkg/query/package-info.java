/**
 * The query catalogue: the canned SPARQL queries of {@code queries/*.rq}, their parameters,
 * safe binding of parameter values, and running them against the local store or a remote
 * SPARQL endpoint.
 *
 * <p>Each query file starts with a header of {@code # key: value} comment lines that
 * {@link org.paperkg.query.QueryCatalogue} reads: title, description, parameters with types and
 * defaults, the chart the Analytics page draws, and example command lines. Parameters are
 * SPARQL variables; {@link org.paperkg.query.CatalogueRunner} checks each value against its type,
 * resolves entity and paper names to IRIs, and substitutes the resulting RDF terms into the
 * parsed query, so no value is ever spliced into query text.
 *
 * <pre>{@code
 * QueryCatalogue catalogue = QueryCatalogue.load();
 * try (KgStore store = KgStore.open(db, iris)) {
 *     CatalogueRunner runner = new CatalogueRunner(catalogue, SparqlTarget.local(store.dataset()), iris);
 *     BoundQuery q = runner.bind("leaderboard", Map.of("dataset", "ImageNet", "metric", "top-1 accuracy"));
 *     QueryResultTable table = runner.table(q, 100);
 * }
 * }</pre>
 */
package org.paperkg.query;
