package org.paperkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.query.ARQ;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.link.ResourceIris;
import org.paperkg.testing.BuiltStores;

/**
 * Pages whose queries run over the server's time limit answer 503 with a page that says so and
 * what to narrow, never a bare 500: a real server on the example store with a 1 ms limit, which
 * the home page's aggregations do not meet (BrowseIT shows the same page served at the usual limit).
 */
class PageTimeoutIT {

    @Test
    void aPageOverTheTimeLimitSays503AndWhatToNarrow(@TempDir Path tmp) throws Exception {
        ResourceIris iris = ResourceIris.defaults();
        Path db = BuiltStores.examplesWithTheirFacts(tmp);
        Object globalTimeout = ARQ.getContext().get(ARQ.queryTimeout);
        try (KgServer tight = KgServer.start(ServeOptions.of(db, iris).withPort(0).withTimeout(Duration.ofMillis(1)))) {
            Http http = new Http(tight.url());
            HttpResponse<String> home = http.get("/", "text/html");
            assertThat(home.statusCode()).as(home.body()).isEqualTo(503);
            assertThat(home.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(home.body()).contains("Over the time limit", "time limit of 1 ms", "a shorter period", "a higher confidence")
                    .doesNotContain("Exception");
            assertThat(home.headers().firstValue("Content-Security-Policy")).as("security headers kept").isPresent();
            HttpResponse<String> plain = http.get("/", "text/plain");
            assertThat(plain.statusCode()).isEqualTo(503);
            assertThat(plain.body()).contains("time limit");
        }
        // the server's 1 ms limit sits on ARQ's global context while it runs; closed, it must not
        // leak into stores this JVM opens next (it did: every test after this one was cancelled)
        assertThat((Object) ARQ.getContext().get(ARQ.queryTimeout)).as("ARQ's global query timeout after close")
                .isEqualTo(globalTimeout);
    }
}
