package org.paperkg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The header format: what it reads, and errors that name the file and line. */
class QueryHeaderParserTest {

    private static final String BODY = """
            PREFIX pk: <https://w3id.org/paperkg/ontology#>
            SELECT ?d (COUNT(?p) AS ?papers) WHERE {
              ?p pk:usesDataset ?d ; pk:confidence ?c . FILTER(?c >= ?minConfidence && ?d != ?skip)
            } GROUP BY ?d LIMIT 10
            """;

    private static CatalogueQuery strict(String header) {
        return new QueryHeaderParser("queries/x.rq", true).parse("x", header + BODY);
    }

    @Test
    void readsEveryKeyWithContinuationLines() {
        CatalogueQuery q = strict("""
                # title: Datasets
                # description: First line
                #   and its continuation.
                # param: limit limit 10 — rows
                # param: minConfidence confidence 0.5 - threshold
                # param: skip dataset "Image Net" — a dataset left out
                # chart: bar x=d y=papers
                # example: paperkg query x --param limit=3
                """);
        assertThat(q.title()).isEqualTo("Datasets");
        assertThat(q.description()).isEqualTo("First line and its continuation.");
        assertThat(q.parameters()).containsExactly(
                new QueryParameter("limit", ParameterType.LIMIT, "10", java.util.List.of(), "rows"),
                new QueryParameter("minConfidence", ParameterType.CONFIDENCE, "0.5", java.util.List.of(), "threshold"),
                new QueryParameter("skip", ParameterType.DATASET, "Image Net", java.util.List.of(), "a dataset left out"));
        assertThat(q.chart()).isEqualTo(new ChartSpec(ChartSpec.Kind.BAR, "d", "papers", null));
        assertThat(q.usage()).isEqualTo("limit=10 minConfidence=0.5 skip=\"Image Net\"");
    }

    @Test
    void requiredAndChoiceParameters() {
        CatalogueQuery q = strict("""
                # title: t
                # description: d
                # param: skip dataset required — must be given
                # param: minConfidence choice(0.5|0.9) "0.9" — one of two
                # example: paperkg query x
                """);
        assertThat(q.parameter("skip").orElseThrow().required()).isTrue();
        assertThat(q.parameter("minConfidence").orElseThrow().choices()).containsExactly("0.5", "0.9");
    }

    @Test
    void errorsNameTheFileAndLine() {
        assertThatThrownBy(() -> strict("# title: t\n# descripton: typo\n"))
                .hasMessageStartingWith("queries/x.rq line 2: expected '# key: value'");
        assertThatThrownBy(() -> strict("# title: t\n# description: d\n# param: limit limit 5 — rows\n# example: paperkg query x\n"))
                .hasMessage("queries/x.rq line 3: limit parameter 'limit' defaults to 5 but the query's LIMIT is 10");
        assertThatThrownBy(() -> strict("# title: t\n# description: d\n# param: nothing int 1 — unused\n# example: paperkg query x\n"))
                .hasMessage("queries/x.rq line 3: parameter 'nothing' is not a variable of the query");
        assertThatThrownBy(() -> strict("# title: t\n# description: d\n# param: skip colour red — bad type\n"))
                .hasMessageStartingWith("queries/x.rq line 3: unknown parameter type 'colour'; expected one of int, limit");
        assertThatThrownBy(() -> strict("# title: t\n# description: d\n# chart: bar x=d y=count\n# example: paperkg query x\n"))
                .hasMessageStartingWith("queries/x.rq line 3: chart column 'count' is not a result column");
        assertThatThrownBy(() -> strict("# title: t\n# description: d\n# param: minConfidence confidence 2 — too high\n"))
                .hasMessage("queries/x.rq line 3: parameter 'minConfidence': default expected a number from 0 to 1, got '2'");
        assertThatThrownBy(() -> strict("# title: t\n# example: paperkg query x\n"))
                .hasMessageContaining("needs '# title:', '# description:' and at least one '# example:'");
    }

    @Test
    void aUsersFileNeedsNoHeader() {
        CatalogueQuery q = new QueryHeaderParser("mine.rq", false).parse("mine", "# my notes\n" + BODY);
        assertThat(q.title()).isEqualTo("mine");
        assertThat(q.parameters()).isEmpty();
    }
}
