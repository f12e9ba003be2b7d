package org.paperkg.serve.fuseki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The cross-origin policy of the endpoint: any origin may read query results, but never with the
 * user's credentials.
 *
 * <p>Fuseki's default policy echoes the requesting origin and lets the filter's default
 * {@code allowCredentials=true} stand, so with {@code --allow-update} a page on any site could
 * send an update with the password a browser has cached for this server and read the answer.
 * Results are public; writes are not: cross-origin requests get {@code Access-Control-Allow-Origin}
 * but no {@code Access-Control-Allow-Credentials}, and the write methods are offered
 * cross-origin only when updates are on.
 *
 * <p>Fuseki takes the policy as a properties file, which replaces its defaults whole; {@link #file}
 * writes one for a server's lifetime.
 */
public final class CorsPolicy {

    private CorsPolicy() {
    }

    /** The filter parameters, by the names of Fuseki's {@code CrossOriginFilter}. */
    static Properties parameters(boolean allowUpdate) {
        Properties p = new Properties();
        p.setProperty("allowedOrigins", "*");
        p.setProperty("allowedMethods", allowUpdate ? "GET,POST,HEAD,OPTIONS,PUT,DELETE,PATCH" : "GET,POST,HEAD,OPTIONS");
        p.setProperty("allowedHeaders", "X-Requested-With, Content-Type, Accept, Origin, Last-Modified, Authorization");
        p.setProperty("exposedHeaders", "Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified, Pragma");
        p.setProperty("allowCredentials", "false");
        p.setProperty("chainPreflight", "false");
        return p;
    }

    /** Writes the policy to a temporary file (removed when the JVM exits) and returns its path. */
    public static Path file(boolean allowUpdate) {
        try {
            Path file = Files.createTempFile("paperkg-cors-", ".properties");
            file.toFile().deleteOnExit();
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                parameters(allowUpdate).store(out, "paperkg cross-origin policy");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the cross-origin policy file", e);
        }
    }
}
