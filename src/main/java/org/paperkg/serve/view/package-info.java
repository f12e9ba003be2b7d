/**
 * What the pages show, read from the dataset into records: a paper with its facts and evidence,
 * an entity with its papers, related entities and leaderboards, the home page's counts, search
 * hits, and typed queries' results. Every query runs in a read transaction under the server's
 * limits; values from requests are bound, never pasted into query text.
 */
package org.paperkg.serve.view;
