package org.paperkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperkg.ingest.ProblemHandler;
import org.paperkg.rdf.PK;
import org.paperkg.link.ResourceIris;
import org.paperkg.spark.SparkJob;
import org.paperkg.spark.SparkJobOptions;
import org.paperkg.spark.SparkJobReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paperkg spark}: the build on Apache Spark, into N-Quads shards. Spark types stay in
 * {@code org.paperkg.spark}, so this class loads when Spark is absent and says what to do.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Runs the build on Apache Spark: reads the inputs, merges duplicates, extracts on the executors "
                + "and writes each paper's named graph into gzip N-Quads shards (one per partition) with a manifest.",
            "Then: paperkg load --bulk SHARDS --db DIR, or paperkg push SHARDS --gsp URL. See docs/scale-out.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every record was read", "1:failure", "2:usage error",
            "3:some input was skipped or some extraction failed (see the log)"})
public final class SparkCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(SparkCommand.class);

    @Spec
    CommandSpec spec;

    @Mixin
    NerOption ner;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or folders to read (on the driver): "
            + "paths, or Hadoop URIs (hdfs://, s3a://) with their connector on the class path.")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "SHARDS", required = true,
            description = "Shard folder to create: a path, or a Hadoop URI (hdfs://, s3a://) with its connector on the class path.")
    String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2]; default: the one spark-submit sets, else local[2].")
    String master;

    @Option(names = "--papers-per-shard", paramLabel = "N", defaultValue = "" + SparkJobOptions.DEFAULT_PAPERS_PER_SHARD,
            description = "Papers per partition and shard (default: ${DEFAULT-VALUE}).")
    int papersPerShard;

    @Option(names = "--previous", paramLabel = "MANIFEST",
            description = "manifest.tsv of a previous run: unchanged papers are skipped, gone ones listed in drop.txt.")
    String previous;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = PK.DEFAULT_RESOURCE_BASE,
            description = "Resource base IRI (default: ${DEFAULT-VALUE}).")
    String base;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!SparkJob.available()) {
            err.println("paperkg spark: Apache Spark is not on the class path; run it as './paperkg spark ...' "
                    + "(the launcher adds Spark) or with spark-submit and target/paperkg-spark.jar (docs/scale-out.md)");
            return ExitCodes.FAILURE;
        }
        for (String p : inputs) {
            if (!p.contains("://") && !Files.exists(Path.of(p))) {
                err.printf("paperkg spark: no such file or folder: %s%n", p);
                return ExitCodes.USAGE;
            }
        }
        SparkJobOptions options;
        try {
            options = new SparkJobOptions(inputs, this.out, ResourceIris.withBase(base), papersPerShard, previous,
                    ner.crf(spec.commandLine()), -1);
        } catch (IllegalArgumentException e) {
            err.printf("paperkg spark: %s%n", e.getMessage());
            return ExitCodes.USAGE;
        }
        String m = master != null ? master : System.getProperty("spark.master") != null ? null : "local[2]";
        SparkJobReport report;
        try {
            report = SparkJob.run(m, options, ProblemHandler.logging(LOG));
        } catch (NoSuchFileException e) {
            err.printf("paperkg spark: %s: %s%n", e.getFile(), e.getReason());
            return ExitCodes.USAGE;
        }
        out.print(report.describe());
        out.flush();
        return report.incomplete() ? ExitCodes.INPUT_SKIPPED : ExitCodes.OK;
    }
}
