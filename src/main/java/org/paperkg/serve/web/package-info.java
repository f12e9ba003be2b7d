/**
 * The servlets paperkg adds to Fuseki: linked data at {@code /resource/...} and {@code /ontology}
 * (a page or RDF by Accept header or suffix), the home, search and query pages, the service and
 * dataset descriptions, the data dump and the static files; and the filters in front of them:
 * the security headers on every response ({@link org.paperkg.serve.web.SecurityHeaders}) and
 * what the SPARQL endpoints refuse before Fuseki reads a request (body and URL limits, the
 * {@code stylesheet} and {@code callback} parameters).
 */
package org.paperkg.serve.web;
