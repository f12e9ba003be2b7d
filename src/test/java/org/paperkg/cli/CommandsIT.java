package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store commands, in-process, on a small corpus written by the test. */
class CommandsIT {

    @TempDir
    Path tmp;

    private Path corpus() throws IOException {
        Path f = tmp.resolve("papers.jsonl");
        Files.writeString(f, """
                {"id": "2101.00001", "title": "Alpha Nets", "abstract": "Alpha nets are good.", "date": "2021-01-01"}
                {"id": "2101.00002", "title": "Beta Nets", "abstract": "Beta nets are better.", "date": "2021-01-02"}
                {"id": "2101.00003", "title": "Gamma Nets"}
                not json at all
                """);
        return f;
    }

    @Test
    void helpListsEverySubcommand() {
        Cli r = Cli.run("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("build", "query", "stats", "validate", "eval", "train-ner");
    }

    @Test
    void trainNerNamesAMissingCorpusAsAUsageError() {
        Cli r = Cli.run("train-ner", "--out", tmp.resolve("m.crf.ser.gz").toString(), "--shared",
                tmp.resolve("nowhere").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("training corpus not found").contains("scirex_abstracts/train.jsonl");
    }

    @Test
    void buildReportsSkippedInputWithExitCode3AndKeepsTheRest() throws IOException {
        Path db = tmp.resolve("db");
        Cli r = Cli.run("build", "--db", db.toString(), corpus().toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_SKIPPED);
        assertThat(r.out()).contains("read 2 records: 2 papers").contains("skipped 2");
        Path q = tmp.resolve("count.rq");
        Files.writeString(q, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a pk:Paper }");
        Cli query = Cli.run("query", q.toString(), "--db", db.toString(), "--format", "csv");
        assertThat(query.exitCode()).isZero();
        assertThat(query.out().lines()).containsExactly("n", "2");
    }

    @Test
    void queryFormatsAndConstruct() throws IOException {
        Path db = tmp.resolve("db");
        Cli.run("build", "--db", db.toString(), corpus().toString());
        Path q = tmp.resolve("titles.rq");
        Files.writeString(q, "SELECT ?t WHERE { ?p a pk:Paper ; dcterms:title ?t } ORDER BY ?t");
        assertThat(Cli.run("query", q.toString(), "--db", db.toString(), "--format", "tsv").out().lines())
                .containsExactly("?t", "\"Alpha Nets\"", "\"Beta Nets\"");
        assertThat(Cli.run("query", q.toString(), "--db", db.toString(), "--format", "json").out())
                .contains("\"value\": \"Alpha Nets\"");
        assertThat(Cli.run("query", q.toString(), "--db", db.toString()).out()).contains("| \"Beta Nets\"");
        Path c = tmp.resolve("construct.rq");
        Files.writeString(c, "CONSTRUCT { ?p rdfs:label ?t } WHERE { ?p dcterms:title ?t }");
        assertThat(Cli.run("query", c.toString(), "--db", db.toString()).out()).contains("\"Alpha Nets\"");
    }

    @Test
    void minConfidenceBindsTheQueryVariable() throws IOException {
        Path db = tmp.resolve("db");
        Cli.run("build", "--db", db.toString(), corpus().toString());
        Path q = tmp.resolve("bind.rq");
        Files.writeString(q, "SELECT ?c WHERE { BIND(?minConfidence AS ?c) }");
        assertThat(Cli.run("query", q.toString(), "--db", db.toString(), "--min-confidence", "0.8", "--format", "csv")
                .out().lines()).containsExactly("c", "0.8");
        assertThat(Cli.run("query", q.toString(), "--db", db.toString(), "--min-confidence", "1.5").exitCode())
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void usageErrorsExitWith2AndSayWhy() throws IOException {
        Cli missing = Cli.run("build", "--db", tmp.resolve("db").toString(), tmp.resolve("nope.jsonl").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("no such file or folder").contains("nope.jsonl");
        assertThat(Cli.run("stats", "--db", tmp.resolve("absent").toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("build").exitCode()).isEqualTo(ExitCodes.USAGE);
        Path bad = tmp.resolve("bad.rq");
        Files.writeString(bad, "SELECT WHERE {");
        Cli.run("build", "--db", tmp.resolve("db").toString(), corpus().toString());
        Cli parse = Cli.run("query", bad.toString(), "--db", tmp.resolve("db").toString());
        assertThat(parse.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(parse.err()).contains("bad.rq");
    }

    @Test
    void buildRunsTheCrfWhenAskedAndRefusesUnknownTaggers() throws IOException {
        Path db = tmp.resolve("crf-db");
        Cli bad = Cli.run("build", "--db", db.toString(), "--ner", "bilstm", corpus().toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("--ner must be crf or none, got 'bilstm'");

        Path paper = tmp.resolve("crf.jsonl");
        Files.writeString(paper, """
                {"id": "2101.00009", "title": "Reading comprehension with BERT", "abstract": "We fine-tune BERT on the SQuAD dataset and reach an F1 score of 91.2."}
                """);
        assertThat(Cli.run("build", "--db", db.toString(), "--ner", "crf", paper.toString()).exitCode())
                .isEqualTo(ExitCodes.OK);
        org.apache.jena.query.Dataset ds = org.apache.jena.tdb2.TDB2Factory.connectDataset(db.toString());
        try {
            String ask = "ASK { GRAPH ?g { ?p <" + org.paperkg.rdf.PK.extractorVersion.getURI() + "> \""
                    + org.paperkg.extract.ExtractorVersion.of(org.paperkg.extract.CoreNlpExtractor.CRF_VERSION) + "\" } }";
            boolean stamped = org.apache.jena.system.Txn.calculateRead(ds, () -> {
                try (var qe = org.apache.jena.query.QueryExecution.dataset(ds).query(ask).build()) {
                    return qe.execAsk();
                }
            });
            assertThat(stamped).as("papers carry the CRF extractor's version").isTrue();
        } finally {
            ds.close();
            org.apache.jena.tdb2.sys.TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    @Test
    void compactGivesBackDiskSpaceAndKeepsTheData() throws IOException {
        Path db = tmp.resolve("compact-db");
        Cli.run("build", "--db", db.toString(), "--batch", "1", corpus().toString());
        String statsBefore = Cli.run("stats", "--db", db.toString()).out();
        long before = org.paperkg.store.KgStore.diskBytes(db);

        Cli r = Cli.run("build", "--db", db.toString(), "--compact", corpus().toString());
        assertThat(r.out()).contains("0 written").containsPattern("compacted: [\\d,]+ MB -> [\\d,]+ MB on disk");
        assertThat(org.paperkg.store.KgStore.diskBytes(db)).isLessThan(before);
        assertThat(Cli.run("stats", "--db", db.toString()).out()).isEqualTo(statsBefore);
    }

    @Test
    void statsAndValidateOnABuiltStore() throws IOException {
        Path db = tmp.resolve("db");
        Cli.run("build", "--db", db.toString(), corpus().toString());
        Cli stats = Cli.run("stats", "--db", db.toString());
        assertThat(stats.out()).containsPattern("papers\\s+2");
        Cli validate = Cli.run("validate", "--db", db.toString());
        assertThat(validate.out()).contains("conforms: yes");
        assertThat(validate.exitCode()).isZero();
    }
}
