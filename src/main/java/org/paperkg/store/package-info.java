/**
 * The TDB2 store: one named graph per paper, the union of them as the default graph for
 * queries, whole-paper write transactions, statistics and the VoID/DCAT description.
 */
package org.paperkg.store;
