/**
 * The Fuseki side of the server: the assembler configuration, the query operation with paperkg's
 * timeout and result cap, and the text index kept in step with the store.
 */
package org.paperkg.serve.fuseki;
