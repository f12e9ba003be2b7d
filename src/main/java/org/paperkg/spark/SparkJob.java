package org.paperkg.spark;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.paperkg.ingest.ProblemHandler;
import org.paperkg.pipeline.CorpusBuild;
import org.paperkg.rdf.Lexicons;
import org.paperkg.rdf.PK;
import org.paperkg.link.ResourceIris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Spark build. Writes into {@code out} (which must not exist):
 * <ul>
 *   <li>{@code part-NNNNN.nq.gz}: one shard per partition, each paper's named graph whole and in
 *       sorted lines, papers in input order: the same input gives the same bytes;</li>
 *   <li>{@code static.nq.gz}: the ontology and lexicon graphs that {@code build} also writes;</li>
 *   <li>{@code manifest.tsv} ({@link Manifest}) and {@code drop.txt}: for the next incremental run,
 *       and the graphs a store fed by the previous run should drop.</li>
 * </ul>
 * Shards go through Spark's Hadoop output committer: a task attempt writes into its own
 * temporary file and only a finished attempt's file is moved into place, so a failed and
 * retried task leaves neither a duplicate nor a half graph.
 */
public final class SparkJob {

    private static final Logger LOG = LoggerFactory.getLogger(SparkJob.class);

    /** The shard file holding the ontology and lexicon graphs. */
    public static final String STATIC_SHARD = "static.nq.gz";

    private final SparkJobOptions options;

    public SparkJob(SparkJobOptions options) {
        this.options = options;
    }

    /**
     * A Spark context for {@code master} (for example {@code local[2]}; null keeps the master
     * spark-submit set), with its UI off and the driver on the loopback address when local.
     */
    public static JavaSparkContext context(String master) {
        SparkConf conf = new SparkConf().setAppName("paperkg").setIfMissing("spark.ui.enabled", "false");
        if (master != null) {
            conf.setMaster(master);
        }
        if (conf.get("spark.master", "").startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1").setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        return new JavaSparkContext(conf);
    }

    /**
     * Runs the job in a context of its own for {@code master} (null: the one spark-submit set) and
     * stops the context afterwards. No Spark type shows in the signature, so that callers load
     * without Spark on the class path.
     */
    public static SparkJobReport run(String master, SparkJobOptions options, ProblemHandler problems)
            throws IOException {
        try (JavaSparkContext sc = context(master)) {
            return new SparkJob(options).run(sc, problems);
        }
    }

    /** Whether Spark is on the class path (it is for {@code ./paperkg spark} and spark-submit only). */
    public static boolean available() {
        try {
            Class.forName("org.apache.spark.SparkConf", false, SparkJob.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Runs the job on {@code sc}; problems with the input go to {@code problems}. */
    public SparkJobReport run(JavaSparkContext sc, ProblemHandler problems) throws IOException {
        Instant start = Instant.now();
        org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(options.out());
        FileSystem fs = out.getFileSystem(sc.hadoopConfiguration());
        if (fs.exists(out)) {
            throw new IOException(options.out() + " exists already; the job writes a new shard folder, name one that "
                    + "does not exist");
        }
        Manifest previous = options.previous() == null ? Manifest.empty() : readManifest(sc, options.previous());
        GroupPlanner.Plan plan = GroupPlanner.plan(options.inputs(), sc.hadoopConfiguration(), previous, options.iris(), problems);
        List<PaperGroup> groups = plan.groups();
        int partitions = Math.max(1, (groups.size() + options.papersPerShard() - 1) / options.papersPerShard());
        LOG.info("{} papers from {} records in {} partitions", groups.size(), plan.summary().recordsRead(), partitions);

        JavaRDD<PaperOutcome> outcomes = sc.parallelize(groups, partitions)
                .mapPartitions(new PartitionExtraction(options))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        List<PaperOutcome> summaries;
        try {
            JavaRDD<String> lines = outcomes.filter(PaperOutcome::written).map(PaperOutcome::nquads);
            if (options.failOnceAfter() >= 0) {
                lines = lines.mapPartitions(new InjectedFailure(options.failOnceAfter()));
            }
            lines.saveAsTextFile(options.out(), GzipCodec.class);
            summaries = outcomes.map(PaperOutcome::summary).collect();
        } finally {
            outcomes.unpersist(false);
        }
        int shards = nameShards(fs, out);
        writeStaticShard(fs, out);

        List<Manifest.Entry> entries = new ArrayList<>(summaries.size());
        long written = 0;
        long failures = 0;
        for (PaperOutcome o : summaries) {
            entries.add(o.entry());
            written += o.written() ? 1 : 0;
            failures += o.failed() ? 1 : 0;
        }
        Manifest now = Manifest.of(entries);
        try (BufferedWriter w = writer(fs, new org.apache.hadoop.fs.Path(out, Manifest.FILE))) {
            now.write(w);
        }
        long dropped = 0;
        try (BufferedWriter w = writer(fs, new org.apache.hadoop.fs.Path(out, Manifest.DROP_FILE))) {
            for (Manifest.Entry e : previous.entries()) {
                if (!now.contains(e.graphIri())) {
                    w.write(e.graphIri());
                    w.newLine();
                    dropped++;
                }
            }
        }
        return new SparkJobReport(plan.summary().recordsRead(), groups.size(), written, groups.size() - written,
                failures, dropped, shards, plan.summary().skippedByReason(), plan.summary().damagedByReason(),
                Duration.between(start, Instant.now()));
    }

    private static Manifest readManifest(JavaSparkContext sc, String where) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(where);
        FileSystem fs = p.getFileSystem(sc.hadoopConfiguration());
        try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(p), StandardCharsets.UTF_8))) {
            return Manifest.read(in, where);
        }
    }

    /** Gives Hadoop's {@code part-NNNNN.gz} files the {@code .nq.gz} name RDF tools recognise. */
    private static int nameShards(FileSystem fs, org.apache.hadoop.fs.Path out) throws IOException {
        int n = 0;
        for (FileStatus f : fs.listStatus(out, p -> p.getName().startsWith("part-") && p.getName().endsWith(".gz"))) {
            String name = f.getPath().getName();
            fs.rename(f.getPath(), new org.apache.hadoop.fs.Path(out, name.substring(0, name.length() - 3) + ".nq.gz"));
            n++;
        }
        return n;
    }

    private void writeStaticShard(FileSystem fs, org.apache.hadoop.fs.Path out) throws IOException {
        ResourceIris iris = options.iris();
        try (OutputStream raw = fs.create(new org.apache.hadoop.fs.Path(out, STATIC_SHARD), false);
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(raw),
                        StandardCharsets.UTF_8))) {
            w.write(ExecutorExtraction.nquads(PK.ONTOLOGY_IRI, CorpusBuild.ontology()));
            w.newLine();
            w.write(ExecutorExtraction.nquads(iris.lexiconGraph(), Lexicons.load(iris).graph()));
            w.newLine();
        }
    }

    private static BufferedWriter writer(FileSystem fs, org.apache.hadoop.fs.Path p) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(fs.create(p, false), StandardCharsets.UTF_8));
    }
}
