/**
 * The build pipeline: ingest → identity → extraction → linking → RDF → store, streaming, in
 * bounded memory, with extraction on a thread pool and writes in input order.
 *
 * <p>{@link org.paperkg.pipeline.CorpusBuild} is the entry point; {@link org.paperkg.pipeline.BuildReport}
 * is what it returns. Incremental builds rest on {@code ContentHash}: unchanged papers are not
 * extracted again.
 */
package org.paperkg.pipeline;
