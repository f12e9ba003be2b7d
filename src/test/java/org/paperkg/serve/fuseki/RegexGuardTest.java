package org.paperkg.serve.fuseki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.Test;

/** Regular expressions that stop at the query's time limit, and still mean what ARQ means by them. */
class RegexGuardTest {

    private static final String DATA = """
            @prefix : <http://example.org/> .
            :a :text "Attention is all you need"@en .
            :b :text "BERT: pre-training of deep bidirectional transformers" .
            :c :text "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" .
            """;

    private static DatasetGraph dataset(boolean guarded) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(dsg.getDefaultGraph());
        if (guarded) {
            RegexGuard.install(dsg.getContext());
        }
        return dsg;
    }

    private static List<String> column(DatasetGraph dsg, String query, String var) {
        List<String> out = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query("PREFIX : <http://example.org/> PREFIX fn: <http://www.w3.org/2005/xpath-functions#> "
                + query).build()) {
            RowSet rs = qe.select();
            rs.forEachRemaining(b -> out.add(b.get(var) == null ? "-" : b.get(var).toString()));
        }
        out.sort(null);
        return out;
    }

    @Test
    void aCatastrophicRegexStopsAtTheTimeout() {
        DatasetGraph dsg = dataset(true);
        String query = "PREFIX : <http://example.org/> SELECT ?s { ?s :text ?t FILTER(REGEX(?t, \"(.*x){12}y\")) }";
        long start = System.nanoTime();
        assertThatThrownBy(() -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(query).overallTimeout(500, TimeUnit.MILLISECONDS).build()) {
                qe.select().materialize();
            }
        }).isInstanceOf(QueryCancelledException.class);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("stopped soon after the 500 ms limit").isLessThan(3_000);
    }

    @Test
    void aConstantRegexIsGuardedBeforeConstantFolding() {
        DatasetGraph dsg = dataset(true);
        String x = "x".repeat(100);
        String query = "ASK { FILTER(REGEX(\"" + x + "\", \"(.*x){12}y\")) }";
        long start = System.nanoTime();
        assertThatThrownBy(() -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(query).overallTimeout(500, TimeUnit.MILLISECONDS).build()) {
                qe.ask();
            }
        }).isInstanceOf(QueryCancelledException.class);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_000);
    }

    @Test
    void replaceAndMatchesInsideExistsStopToo() {
        DatasetGraph dsg = dataset(true);
        for (String filter : List.of("STRLEN(REPLACE(?t, \"(.*x){12}y\", \"z\")) > 0",
                "EXISTS { ?tok <http://jena.apache.org/ARQ/property#strSplit> (?t \"(.*x){12}y\") }",
                "EXISTS { ?tok <java:org.apache.jena.sparql.pfunction.library.strSplit> (?t \"(.*x){12}y\") }",
                "EXISTS { ?s :text ?u FILTER(fn:matches(?u, \"(.*x){12}y\")) }")) {
            String query = "PREFIX : <http://example.org/> PREFIX fn: <http://www.w3.org/2005/xpath-functions#> "
                    + "SELECT ?s { ?s :text ?t FILTER(" + filter + ") }";
            long start = System.nanoTime();
            assertThatThrownBy(() -> {
                try (QueryExec qe = QueryExec.dataset(dsg).query(query).overallTimeout(500, TimeUnit.MILLISECONDS).build()) {
                    qe.select().materialize();
                }
            }).as(filter).isInstanceOf(QueryCancelledException.class);
            assertThat((System.nanoTime() - start) / 1_000_000).as(filter).isLessThan(3_000);
        }
    }

    @Test
    void guardedFunctionsAnswerAsArqDoes() {
        DatasetGraph plain = dataset(false);
        DatasetGraph guarded = dataset(true);
        List<String[]> cases = List.of(
                new String[] {"SELECT ?s { ?s :text ?t FILTER(REGEX(?t, \"^bert\", \"i\")) }", "s"},
                new String[] {"SELECT ?s { ?s :text ?t FILTER(REGEX(?t, \"all you\")) }", "s"},
                new String[] {"SELECT ?s { ?s :text ?t FILTER(REGEX(?t, \".+\", \"q\")) }", "s"},
                new String[] {"SELECT ?s { ?s :text ?t FILTER(fn:matches(?t, \"need$\")) }", "s"},
                new String[] {"SELECT ?r { ?s :text ?t BIND(REPLACE(?t, \"(\\\\w+) is\", \"$1 was\") AS ?r) }", "r"},
                new String[] {"SELECT ?r { ?s :text ?t BIND(REPLACE(?t, \".*\", \"!\") AS ?r) }", "r"},
                new String[] {"SELECT ?r { ?s :text ?t BIND(fn:replace(?t, \"X\", \"y\", \"i\") AS ?r) }", "r"},
                new String[] {"SELECT ?w { :b :text ?t . ?w <http://jena.apache.org/ARQ/property#strSplit> (?t \"[ :]+\") }", "w"},
                new String[] {"SELECT ?s { ?s :text ?t . \"all\" <http://jena.apache.org/ARQ/property#strSplit> (?t \" \") }", "s"},
                new String[] {"SELECT ?r { ?s :text ?t BIND(\"[a-e]\" AS ?p) BIND(REPLACE(?t, ?p, \"_\") AS ?r) }", "r"},
                new String[] {"SELECT ?r { ?s :text ?t BIND(\"[\" AS ?p) BIND(COALESCE(REPLACE(?t, ?p, \"_\"), \"error\") AS ?r) }", "r"});
        for (String[] c : cases) {
            assertThat(column(guarded, c[0], c[1])).as(c[0]).isEqualTo(column(plain, c[0], c[1]));
        }
        assertThat(column(guarded, "SELECT ?r { :a :text ?t BIND(REPLACE(?t, \"all\", \"ALL\") AS ?r) }", "r"))
                .containsExactly("\"Attention is ALL you need\"@en");
    }
}
