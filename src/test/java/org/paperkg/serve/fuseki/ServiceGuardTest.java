package org.paperkg.serve.fuseki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/** SERVICE under an allow-list: found wherever it sits, refused with the endpoint's name, allowed when listed. */
class ServiceGuardTest {

    private static final String OK = "https://query.wikidata.org/sparql";
    private static final String INTERNAL = "http://127.0.0.1:8080/admin";

    @Test
    void anEndpointNotListedIsRefusedWhereverTheServiceClauseSits() {
        ServiceGuard guard = new ServiceGuard(Set.of(OK));
        for (String q : new String[] {
            "SELECT * { SERVICE <" + INTERNAL + "> { ?s ?p ?o } }",
            "SELECT * { { SELECT ?s { SERVICE SILENT <" + INTERNAL + "> { ?s ?p ?o } } } }",
            "SELECT * { ?s ?p ?o FILTER NOT EXISTS { SERVICE <" + INTERNAL + "> { ?s ?p ?o } } }",
            "SELECT * { OPTIONAL { SERVICE <" + OK + "> { SERVICE <" + INTERNAL + "> { ?s ?p ?o } } } }"}) {
            assertThatThrownBy(() -> guard.check(QueryFactory.create(q))).as(q).isInstanceOf(QueryDeniedException.class)
                    .hasMessageContaining("SERVICE <" + INTERNAL + "> refused").hasMessageContaining(OK);
        }
        assertThatThrownBy(() -> guard.check(QueryFactory.create("SELECT * { BIND(<" + OK + "> AS ?u) SERVICE ?u { ?s ?p ?o } }")))
                .hasMessageContaining("SERVICE ?u refused").hasMessageContaining("written as an IRI");
        assertThatCode(() -> guard.check(QueryFactory.create("SELECT * { SERVICE <" + OK + "> { ?s ?p ?o } }"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> ServiceGuard.none().check(QueryFactory.create("SELECT * { SERVICE <" + OK + "> { ?s ?p ?o } }")))
                .hasMessageContaining("federation is off").hasMessageContaining("--allow-service");
    }

    @Test
    void installingAgainReplacesTheEarlierListInsteadOfAddingToIt() {
        Context cxt = new Context();
        new ServiceGuard(Set.of(OK)).install(cxt);
        int links = ServiceExecutorRegistry.get(cxt).getSingleChain().size();
        ServiceGuard.none().install(cxt);
        assertThat(ServiceExecutorRegistry.get(cxt).getSingleChain()).hasSize(links);
    }

    @Test
    void onlyAbsoluteHttpUrlsCanBeAllowed() {
        assertThatCode(() -> ServiceGuard.checkEndpoint(OK)).doesNotThrowAnyException();
        for (String bad : new String[] {"ftp://example.org/sparql", "/sparql", "file:///etc/passwd", "http://", "not a url"}) {
            assertThatThrownBy(() -> ServiceGuard.checkEndpoint(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("absolute http or https URL");
        }
    }
}
