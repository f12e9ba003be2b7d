/**
 * The Fuseki side of the server: the assembler configuration, the query operation with paperkg's
 * timeout, result cap and bounded query log, the text index kept in step with the store, and the
 * two guards every query on the dataset runs under: regular expressions that stop at the query's
 * time limit ({@link org.paperkg.serve.fuseki.RegexGuard}) and SERVICE federation refused unless
 * the endpoint is allowed ({@link org.paperkg.serve.fuseki.ServiceGuard}).
 */
package org.paperkg.serve.fuseki;
