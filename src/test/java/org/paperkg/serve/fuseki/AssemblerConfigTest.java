package org.paperkg.serve.fuseki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.query.QueryLimits;

class AssemblerConfigTest {

    @TempDir
    Path tmp;

    @Test
    void thePackagedFileIsPointedAtTheStoreAndItsIndex() {
        Path db = tmp.resolve("db");
        AssemblerConfig c = AssemblerConfig.packaged(db, tmp.resolve("db.text/lucene"));
        Model m = c.model();
        assertThat(m.listObjectsOfProperty(m.createProperty(AssemblerConfig.TDB2, "location")).toList())
                .singleElement().satisfies(n -> assertThat(n.asLiteral().getString()).isEqualTo(db.toAbsolutePath().toString()));
        assertThat(m.listObjectsOfProperty(m.createProperty(AssemblerConfig.TEXT, "directory")).toList())
                .singleElement().satisfies(n -> assertThat(n.asResource().getURI()).startsWith("file:").endsWith("db.text/lucene"));
        assertThat(c.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.withTimeout(Duration.ofSeconds(5)).timeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aUsersFileIsReadAsWrittenAndBadFilesAreNamed() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.ttl"), "this is not turtle <");
        assertThatThrownBy(() -> AssemblerConfig.read(bad)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.ttl");
        assertThatThrownBy(() -> AssemblerConfig.read(tmp.resolve("missing.ttl"))).hasMessageContaining("missing.ttl");
        Path own = Files.writeString(tmp.resolve("own.ttl"), """
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX ja: <http://jena.hpl.hp.com/2005/11/Assembler#>
                [] a fuseki:Server ; ja:context [ ja:cxtName "arq:queryTimeout" ; ja:cxtValue "1000,7000" ] .
                """);
        assertThat(AssemblerConfig.read(own).timeout()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void limitsCapQueriesThatAskForTooMuch() {
        QueryLimits limits = new QueryLimits(Duration.ofSeconds(1), 100);
        Query none = QueryFactory.create("SELECT * WHERE { ?s ?p ?o }");
        Query small = QueryFactory.create("SELECT * WHERE { ?s ?p ?o } LIMIT 5");
        Query big = QueryFactory.create("SELECT * WHERE { ?s ?p ?o } LIMIT 500");
        assertThat(limits.cap(none).getLimit()).isEqualTo(100);
        assertThat(limits.cap(small)).isSameAs(small);
        assertThat(limits.cap(big).getLimit()).isEqualTo(100);
        assertThat(big.getLimit()).as("the original is left as it was").isEqualTo(500);
        assertThat(limits.needsCap(QueryFactory.create("ASK { ?s ?p ?o }"))).isFalse();
    }
}
