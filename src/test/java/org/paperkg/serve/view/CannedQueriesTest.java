package org.paperkg.serve.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CannedQueriesTest {

    @Test
    void theHeaderCommentGivesTitleAndDescription() {
        CannedQueries.Canned c = CannedQueries.parse("leaderboard.rq", """
                # Leaderboard of a dataset
                #
                # Results on ?dataset, best first.
                # Bind ?dataset to a dataset IRI.
                PREFIX pk: <https://w3id.org/paperkg/ontology#>
                # not part of the header
                SELECT * WHERE { ?s ?p ?o }
                """);
        assertThat(c.name()).isEqualTo("leaderboard");
        assertThat(c.title()).isEqualTo("Leaderboard of a dataset");
        assertThat(c.description()).isEqualTo("Results on ?dataset, best first.\nBind ?dataset to a dataset IRI.");
        assertThat(c.text()).startsWith("# Leaderboard");
    }

    @Test
    void aQueryWithoutCommentsIsTitledByItsName() {
        CannedQueries.Canned c = CannedQueries.parse("count-papers.rq", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        assertThat(c.title()).isEqualTo("count-papers");
        assertThat(c.description()).isEmpty();
    }
}
