package org.paperkg.serve.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.domain.EntityType;
import org.paperkg.serve.view.SearchView.EntityHit;

class SearchTest {

    @Test
    void wordsAreSearchedAsWordsNotAsLuceneSyntax() {
        String q = Search.luceneQuery("CIFAR-10 AND title:x*");
        assertThat(q).isEqualTo("label:(+cifar\\-10 +and +title\\:x\\*)^4 OR alt:(+cifar\\-10 +and +title\\:x\\*)^3 "
                + "OR title:(+cifar\\-10 +and +title\\:x\\*)^2 OR abstract:(+cifar\\-10 +and +title\\:x\\*)");
        assertThat(Search.luceneQuery("   ")).isNull();
    }

    private static EntityHit hit(String label, long papers, String... aliases) {
        return new EntityHit("e:" + label, EntityType.TASK, label, papers, List.of(aliases));
    }

    @Test
    void anExactNameComesFirstThenUsedEntitiesByPapersThenUnusedInScoreOrder() {
        // In text-score order, as the index returns them for "object detection".
        List<EntityHit> byScore = List.of(hit("community detection", 0), hit("contrastive detection", 1),
                hit("face detection", 0), hit("OD", 3, "Object Detection"), hit("clone detection", 4),
                hit("edge detection", 1), hit("fraud detection", 0));
        assertThat(Search.rank(byScore, "object detection")).extracting(EntityHit::label).containsExactly(
                "OD", "clone detection", "contrastive detection", "edge detection",
                "community detection", "face detection", "fraud detection");
    }

    @Test
    void anExactNameNoPaperUsesStillComesFirst() {
        List<EntityHit> byScore = List.of(hit("BERT-large", 5), hit("bert", 0));
        assertThat(Search.rank(byScore, "BERT")).extracting(EntityHit::label).containsExactly("bert", "BERT-large");
    }
}
