/**
 * The build on Apache Spark: the same inputs, duplicate merging, {@code Extractor} and RDF mapping
 * as {@code paperkg build}, with extraction spread over Spark executors and the result written as
 * gzip N-Quads shards (each paper's named graph whole in one shard) instead of into a store.
 *
 * <pre>{@code
 * SparkJobOptions options = SparkJobOptions.of(List.of("abstracts.jsonl.gz"), "shards", ResourceIris.defaults());
 * try (JavaSparkContext sc = SparkJob.localContext("local[2]")) {
 *     SparkJobReport report = new SparkJob(options).run(sc, ProblemHandler.logging(log));
 * }
 * }</pre>
 *
 * <p>The driver reads the inputs with the {@code ingest} readers and resolves which records are
 * one paper with {@code link.PaperIdentity}, in input order, exactly as the build does (reading
 * is some thousand times cheaper than extraction); executors extract and map in
 * {@code mapPartitions}, one CoreNLP pipeline per executor JVM ({@link ExecutorExtraction}).
 * Shards are written through Hadoop's output committer, so a retried task leaves no duplicate or
 * half graph. {@code paperkg load --bulk} and {@code paperkg push} ({@code cli}) consume the shards.
 * Spark is a {@code provided} dependency: only {@code paperkg spark} and spark-submit see it.
 */
package org.paperkg.spark;
