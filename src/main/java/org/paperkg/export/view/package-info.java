/**
 * The views: SPARQL aggregates inside one read transaction turn the store into a
 * {@link org.paperkg.export.model.ViewGraph}, keeping in memory only the nodes a view returns (the top N
 * of them when a cut is asked for) and the edges between them.
 */
package org.paperkg.export.view;
