package org.paperkg.serve.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTest {

    @Test
    void wordsAreSearchedAsWordsNotAsLuceneSyntax() {
        String q = Search.luceneQuery("CIFAR-10 AND title:x*");
        assertThat(q).isEqualTo("label:(+cifar\\-10 +and +title\\:x\\*)^4 OR alt:(+cifar\\-10 +and +title\\:x\\*)^3 "
                + "OR title:(+cifar\\-10 +and +title\\:x\\*)^2 OR abstract:(+cifar\\-10 +and +title\\:x\\*)");
        assertThat(Search.luceneQuery("   ")).isNull();
    }
}
