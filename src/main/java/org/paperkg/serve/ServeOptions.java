package org.paperkg.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.paperkg.link.ResourceIris;

/**
 * How {@link KgServer} runs: which store, where it listens, how long a query may run.
 *
 * @param db           the TDB2 store directory; its text index lives beside it, in {@code DIR.text/}
 * @param iris         the resource base the store was built with
 * @param host         the address to bind, {@code 127.0.0.1} unless the user asks for more
 * @param port         0 to 65535; 0 picks a free port (tests)
 * @param config       a Fuseki assembler file of the user's own, or null for {@code fuseki-config/paperkg.ttl}
 * @param timeout      the query timeout, or null for the one the assembler file gives
 * @param maxResults   the most rows (or solutions) one query answers with
 * @param passwordFile null for a read-only server; else the Jetty password file ({@code user: password}
 *                     per line) whose users may update and upload
 * @param maxBodyBytes the largest query or update the SPARQL endpoints read, in bytes (request body or
 *                     form); a larger request gets HTTP 413 before any of it is parsed
 * @param allowedServices the endpoints a query's {@code SERVICE} clause may name; empty (the default)
 *                     turns federation off, since every SERVICE makes the server itself fetch a URL
 */
public record ServeOptions(Path db, ResourceIris iris, String host, int port, Path config, Duration timeout,
        int maxResults, Path passwordFile, long maxBodyBytes, List<String> allowedServices) {

    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_MAX_RESULTS = 10_000;
    /** 1 MiB: a hundred times the longest canned query, far below what would strain the heap. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1L << 20;
    /** The bounds of {@link #maxBodyBytes}: 1 KiB to 1 GiB. */
    public static final long MIN_BODY_BYTES = 1L << 10;
    public static final long MAX_BODY_BYTES = 1L << 30;

    public ServeOptions {
        Objects.requireNonNull(iris, "iris");
        Objects.requireNonNull(host, "host");
        if (db == null && config == null) {
            throw new IllegalArgumentException("name a store directory or a Fuseki configuration file");
        }
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank (use 127.0.0.1 for this machine only, 0.0.0.0 for every interface)");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        if (timeout != null && (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofHours(24)) > 0)) {
            throw new IllegalArgumentException("timeout must be between 1 ms and 24 hours, got " + timeout);
        }
        if (maxResults < 1 || maxResults > 10_000_000) {
            throw new IllegalArgumentException("max results must be between 1 and 10000000, got " + maxResults);
        }
        if (maxBodyBytes < MIN_BODY_BYTES || maxBodyBytes > MAX_BODY_BYTES) {
            throw new IllegalArgumentException("the request body limit must be between " + MIN_BODY_BYTES + " and " + MAX_BODY_BYTES
                    + " bytes, got " + maxBodyBytes);
        }
        allowedServices = List.copyOf(Objects.requireNonNull(allowedServices, "allowedServices"));
    }

    /** These options with the default body limit and no federation (what callers before those two had). */
    public ServeOptions(Path db, ResourceIris iris, String host, int port, Path config, Duration timeout, int maxResults,
            Path passwordFile) {
        this(db, iris, host, port, config, timeout, maxResults, passwordFile, DEFAULT_MAX_BODY_BYTES, List.of());
    }

    /** Read-only defaults for the store in {@code db}: 127.0.0.1:3030, the packaged configuration. */
    public static ServeOptions of(Path db, ResourceIris iris) {
        return new ServeOptions(db, iris, DEFAULT_HOST, DEFAULT_PORT, null, null, DEFAULT_MAX_RESULTS, null);
    }

    public ServeOptions withPort(int newPort) {
        return new ServeOptions(db, iris, host, newPort, config, timeout, maxResults, passwordFile, maxBodyBytes, allowedServices);
    }

    public ServeOptions withTimeout(Duration newTimeout) {
        return new ServeOptions(db, iris, host, port, config, newTimeout, maxResults, passwordFile, maxBodyBytes, allowedServices);
    }

    public ServeOptions withMaxResults(int newMax) {
        return new ServeOptions(db, iris, host, port, config, timeout, newMax, passwordFile, maxBodyBytes, allowedServices);
    }

    public ServeOptions withPasswordFile(Path file) {
        return new ServeOptions(db, iris, host, port, config, timeout, maxResults, file, maxBodyBytes, allowedServices);
    }

    public ServeOptions withMaxBodyBytes(long bytes) {
        return new ServeOptions(db, iris, host, port, config, timeout, maxResults, passwordFile, bytes, allowedServices);
    }

    public ServeOptions withAllowedServices(List<String> endpoints) {
        return new ServeOptions(db, iris, host, port, config, timeout, maxResults, passwordFile, maxBodyBytes, endpoints);
    }

    /** True when update and upload endpoints are on (for the users of {@link #passwordFile}). */
    public boolean allowUpdate() {
        return passwordFile != null;
    }

    /** Where the Lucene index of {@code db} lives: {@code DIR.text/lucene}, beside the TDB2 directory. */
    public static Path textIndexDir(Path db) {
        Path abs = db.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".text").resolve("lucene");
    }
}
