package org.paperkg.extract;

import org.paperkg.ingest.Paper;

/**
 * Turns one paper into an {@link Extraction}. Implementations load their models once, in the
 * constructor or a factory, and say whether {@link #extract} may be called from several threads.
 */
public interface Extractor extends AutoCloseable {

    /** Extracts the facts of one paper; never throws for odd text, returns what it could find. */
    Extraction extract(Paper paper);

    /** Version string recorded on every fact, so facts from older rules can be found and redone. */
    String version();

    /** True when one instance may be shared by several threads. */
    default boolean threadSafe() {
        return false;
    }

    @Override
    default void close() {
    }

    /** The extractor of the foundation build: finds nothing. */
    static Extractor none() {
        return new Extractor() {
            @Override
            public Extraction extract(Paper paper) {
                return Extraction.none();
            }

            @Override
            public String version() {
                return "none";
            }

            @Override
            public boolean threadSafe() {
                return true;
            }
        };
    }
}
