package org.paperkg.serve.fuseki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A digest of a TDB2 store's committed state, read from a few small files instead of the data.
 *
 * <p>TDB2 writes copy-on-write: every commit that changes the store gives its B+trees new roots
 * and limits, which it records in the {@code *.bpt} files, and moves the node table's end, which
 * it records in {@code *.bdf}; compaction starts a new {@code Data-NNNN} generation. So the
 * generation's name and those files' bytes change with every committed change, whoever made it,
 * and stay as they are while the store is only read. Reading them takes microseconds on a store
 * of any size, where a digest of the content reads every paper.
 */
final class StoreState {

    private StoreState() {
    }

    /** The state of the TDB2 store under {@code dsg}, or empty when it is not a TDB2 store on disk. */
    static Optional<String> of(DatasetGraph dsg) {
        if (!TDBInternal.isTDB2(dsg)) {
            return Optional.empty();
        }
        var location = TDBInternal.getDatasetGraphTDB(dsg).getLocation();
        if (location.isMem()) {
            return Optional.empty();
        }
        return of(Path.of(location.getDirectoryPath()));
    }

    /** The state of the store generation folder {@code dataDir} ({@code DB/Data-NNNN}). */
    static Optional<String> of(Path dataDir) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dataDir)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".bpt") || f.getFileName().toString().endsWith(".bdf"))
                    .sorted().toList();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (files.isEmpty()) {
            return Optional.empty();
        }
        MessageDigest md = sha256();
        md.update(dataDir.toAbsolutePath().normalize().getFileName().toString().getBytes(StandardCharsets.UTF_8));
        try {
            for (Path f : files) {
                md.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(f));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().formatHex(md.digest()));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
