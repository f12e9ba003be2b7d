/**
 * {@code paperkg serve}: embedded Fuseki over the TDB2 store, linked-data pages for every
 * resource, full-text search and a SPARQL query page.
 *
 * <p>The entry point is {@link org.paperkg.serve.KgServer#start(ServeOptions)}; below it,
 * {@code fuseki} assembles the SPARQL service from {@code fuseki-config/paperkg.ttl} and keeps the
 * text index in step with the store, {@code view} reads what a page shows into records,
 * {@code html} renders them (escaping all data) and {@code web} holds the servlets that choose
 * between a page and RDF.
 */
package org.paperkg.serve;
