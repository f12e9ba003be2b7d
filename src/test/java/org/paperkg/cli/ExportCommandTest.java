package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.export.ExportFixture;
import org.paperkg.store.KgStore;

/** {@code paperkg export} in-process, on the fixture graph. */
class ExportCommandTest {

    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void store() {
        Path p = dir.resolve("db");
        try (KgStore s = ExportFixture.store(p)) {
            db = p.toString();
        }
    }

    private static Cli export(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "export";
        all[1] = "--db";
        all[2] = db;
        System.arraycopy(args, 0, all, 3, args.length);
        return Cli.run(all);
    }

    @Test
    void helpListsExport() {
        assertThat(Cli.run("--help").out()).contains("export");
        assertThat(Cli.run("export", "--help").out()).contains("--view", "--format", "--min-confidence", "--top");
    }

    @Test
    void everyGraphFormatGoesToStandardOutput() {
        String[][] expected = {
            {"graphml", "<?xml"}, {"yed", "<?xml"}, {"gexf", "<?xml"}, {"cyjs", "{"}, {"dot", "graph \"cooccurrence\""},
            {"csv-nodes", "Id,Label,"}, {"csv-edges", "Source,Target,Type,Weight"}};
        for (String[] e : expected) {
            Cli r = export("--view", "cooccurrence", "--format", e[0], "--min-confidence", "0.5", "--top", "5");
            assertThat(r.exitCode()).as(e[0] + ": " + r.err()).isZero();
            assertThat(r.out()).as(e[0]).startsWith(e[1]);
        }
        Cli entity = export("--view", "entity", "--param", "entity=BERT", "--param", "depth=1", "--format", "csv-nodes");
        assertThat(entity.exitCode()).as(entity.err()).isZero();
        assertThat(entity.out()).contains("method:bert,BERT,Method").contains("paper:p3,");
    }

    @Test
    void csvWritesANodesAndAnEdgesFileNamedAfterOut() throws IOException {
        Path out = dir.resolve("out/md.csv");
        Cli r = export("--view", "method-dataset", "--format", "csv", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readAllLines(dir.resolve("out/md-nodes.csv")).get(0)).startsWith("Id,Label,Type");
        assertThat(Files.readAllLines(dir.resolve("out/md-edges.csv")).get(0)).isEqualTo("Source,Target,Type,Weight,Label,Date");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void aDumpNamedGzIsGzippedAndParsesBack() throws IOException {
        Path out = dir.resolve("dump/paperkg.nq.gz");
        Cli r = export("--format", "nquads", "--out", out.toString(), "--stats");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("statements as nquads").contains("peak heap");
        DatasetGraph parsed = DatasetGraphFactory.createGeneral();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(parsed);
        }
        assertThat(parsed.getGraph(org.apache.jena.graph.NodeFactory.createURI(ExportFixture.IRIS.paperGraph("p1"))).size())
                .isGreaterThan(20);
        try (var files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("paperkg.nq.gz");
        }
    }

    @Test
    void queryViewsReadTheirQueryFromAFile() throws IOException {
        Path q = dir.resolve("md.rq");
        Files.writeString(q, "SELECT ?source ?target WHERE { ?source pk:usesDataset ?target }", StandardCharsets.UTF_8);
        Cli r = export("--view", "query", "--file", q.toString(), "--format", "csv-edges");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(1 + 2 + 1 + 2 + 2).contains("paper:p1,dataset:imagenet,Directed,1,related,");
    }

    @Test
    void catalogueQueriesAreNamedWithParamQuery() {
        Cli r = export("--view", "query", "--param", "query=cooccurrence-network", "--param", "minPapers=2",
                "--param", "directed=false", "--format", "csv-edges");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(1 + 3).allMatch(l -> l.startsWith("Source") || l.contains(",Undirected,"));
        assertUsage(export("--view", "query", "--param", "query=top-methods", "--file", "x.rq", "--format", "dot"),
                "not both");
        assertUsage(export("--view", "query", "--param", "query=top-methods", "--format", "dot"), "?source and ?target");
    }

    @Test
    void statsGoToStandardErrorAndLeaveTheOutputClean() {
        Cli r = export("--view", "papers", "--format", "cyjs", "--stats");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("{").doesNotContain("peak heap");
        assertThat(r.err()).contains("view papers, 19 nodes, 20 edges as cyjs").contains("peak heap");
    }

    @Test
    void usageErrorsExitWith2AndSayWhatWouldWork() {
        assertUsage(export("--format", "dot"), "give --view");
        assertUsage(export("--view", "papers", "--format", "nquads"), "takes no --view");
        assertUsage(export("--view", "pictures", "--format", "dot"), "unknown view 'pictures'");
        assertUsage(export("--view", "papers", "--format", "png"), "unknown format 'png'");
        assertUsage(export("--view", "papers", "--format", "dot", "--param", "depth=2"), "takes no parameter 'depth'");
        assertUsage(export("--view", "papers", "--format", "csv"), "give --out NAME.csv");
        assertUsage(export("--view", "papers", "--format", "dot", "--top-by", "size"), "--top-by must be weight or degree");
        assertUsage(export("--view", "query", "--format", "dot"), "--view query needs --file FILE.rq, or --param query=NAME");
        assertUsage(export("--view", "entity", "--format", "dot", "--param", "entity=GPT-9"), "no method, dataset");
        assertUsage(export("--view", "papers", "--format", "dot", "--min-confidence", "2"), "between 0 and 1");
        Cli noStore = Cli.run("export", "--db", dir.resolve("nowhere").toString(), "--view", "papers", "--format", "dot");
        assertUsage(noStore, "no store at");
    }

    private static void assertUsage(Cli r, String message) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("paperkg export: ").contains(message);
    }
}
