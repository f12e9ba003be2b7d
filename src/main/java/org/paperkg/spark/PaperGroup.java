package org.paperkg.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One paper of the job, as the driver resolved it: its first record (the one extracted, as in
 * {@code build}), the later records that are the same paper (they add only their source), and the
 * content hash the previous run's manifest holds for it.
 *
 * @param localId      the paper's local id, from {@code PaperIdentity}
 * @param first        the paper's first record in input order
 * @param duplicates   later records of the same paper, in input order
 * @param previousHash the hash in the previous manifest, or null
 */
record PaperGroup(String localId, PaperRecord first, List<PaperRecord> duplicates, String previousHash)
        implements Serializable {

    PaperGroup {
        duplicates = List.copyOf(duplicates);
    }
}
