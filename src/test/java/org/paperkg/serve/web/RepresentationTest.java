package org.paperkg.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepresentationTest {

    @Test
    void browsersGetThePage() {
        assertThat(Representation.negotiate("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
                .isEqualTo(Representation.HTML);
        assertThat(Representation.negotiate(null)).isEqualTo(Representation.HTML);
        assertThat(Representation.negotiate("*/*")).isEqualTo(Representation.HTML);
    }

    @Test
    void rdfClientsGetTheirFormat() {
        assertThat(Representation.negotiate("text/turtle")).isEqualTo(Representation.TURTLE);
        assertThat(Representation.negotiate("application/ld+json")).isEqualTo(Representation.JSONLD);
        assertThat(Representation.negotiate("application/n-triples")).isEqualTo(Representation.NTRIPLES);
        assertThat(Representation.negotiate("application/rdf+xml")).isEqualTo(Representation.RDFXML);
        assertThat(Representation.negotiate("text/html;q=0.5, text/turtle")).isEqualTo(Representation.TURTLE);
        assertThat(Representation.negotiate("application/ld+json;q=0.9, text/turtle;q=0.2")).isEqualTo(Representation.JSONLD);
    }

    @Test
    void suffixesNameTheirFormat() {
        assertThat(Representation.bySuffix("/resource/paper/x.ttl")).isEqualTo(Representation.TURTLE);
        assertThat(Representation.bySuffix("/resource/paper/x.jsonld")).isEqualTo(Representation.JSONLD);
        assertThat(Representation.bySuffix("/resource/paper/x.nt")).isEqualTo(Representation.NTRIPLES);
        assertThat(Representation.bySuffix("/resource/paper/arxiv-2005.14165")).isNull();
    }
}
