/**
 * The servlets paperkg adds to Fuseki: linked data at {@code /resource/...} and {@code /ontology}
 * (a page or RDF by Accept header or suffix), the home, search and query pages, the service and
 * dataset descriptions, the data dump and the static files.
 */
package org.paperkg.serve.web;
