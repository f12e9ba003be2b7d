package org.paperkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.rdf.PK;
import org.paperkg.link.ResourceIris;
import org.paperkg.store.KgStore;

/** {@code --allow-update}: writes only for the users of the password file, and the text index follows them. */
class UpdateIT {

    private final ResourceIris iris = ResourceIris.defaults();

    @Test
    void updatesNeedAUserAndAreSearchableAtOnce(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("db");
        try (KgStore store = KgStore.open(db, iris)) {
            Model m = ModelFactory.createDefaultModel();
            m.createResource(iris.paper("a")).addProperty(RDF.type, PK.Paper).addProperty(DCTerms.title, "Residual networks")
                    .addProperty(RDFS.label, "Residual networks").addProperty(PK.contentHash, "h1");
            store.replaceGraph(iris.paperGraph("a"), m);
        }
        Path passwords = Files.writeString(tmp.resolve("passwords"), "alice: s3cret\n");
        try (KgServer server = KgServer.start(ServeOptions.of(db, iris).withPort(0).withPasswordFile(passwords))) {
            Http http = new Http(server.url());
            String insert = """
                    PREFIX pk: <https://w3id.org/paperkg/ontology#>
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    INSERT DATA { GRAPH <%s> { <%s> a pk:Paper ; rdfs:label "Capsule routing" } }"""
                    .formatted(iris.paperGraph("b"), iris.paper("b"));
            assertThat(http.post("/kg/update", "application/sparql-update", insert, null).statusCode()).isEqualTo(401);
            HttpRequest wrong = HttpRequest.newBuilder(URI.create(http.url("/kg/update")))
                    .header("Content-Type", "application/sparql-update").header("Authorization", basic("alice", "guess"))
                    .POST(HttpRequest.BodyPublishers.ofString(insert)).build();
            assertThat(http.send(wrong).statusCode()).isEqualTo(401);
            HttpRequest right = HttpRequest.newBuilder(URI.create(http.url("/kg/update")))
                    .header("Content-Type", "application/sparql-update").header("Authorization", basic("alice", "s3cret"))
                    .POST(HttpRequest.BodyPublishers.ofString(insert)).build();
            assertThat(http.send(right).statusCode()).isBetween(200, 204);

            assertThat(http.get("/kg/sparql?" + Http.form("query", "ASK { <" + iris.paper("b") + "> a ?t }"),
                    "application/sparql-results+json").body()).contains("true");
            assertThat(http.get("/kg/sparql?" + Http.form("query", "ASK {}"), "application/sparql-results+json").statusCode())
                    .as("queries stay open to everyone").isEqualTo(200);
            assertThat(http.get("/search?q=capsule", "text/html").body()).contains("href=\"/resource/paper/b\"");
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
