package org.paperkg.link;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.paperkg.ingest.Paper;
import org.paperkg.ingest.Titles;

/**
 * Decides which paper a record is. Two records are one paper when they share an arXiv id or a
 * normalised title ({@link Titles#key}); the paper's local id is {@code arxiv-ID} when its first
 * record carries an arXiv id, otherwise {@code t-} and a hash of the normalised title.
 *
 * <p>An identity is seeded with the papers already in the store, so that a later build finds them
 * again, then fed the records of a build in input order. It holds a few strings per paper (about
 * 100 bytes), which is what lets duplicate detection run over a streamed corpus.
 *
 * <p>Not thread-safe: the build resolves identities on its reading thread.
 */
public final class PaperIdentity {

    private final Map<String, String> byTitleKey = new HashMap<>();
    private final Map<String, String> byArxivId = new HashMap<>();
    private final Map<String, String> storedHash = new HashMap<>();
    private final Set<String> seenThisBuild = new HashSet<>();

    /**
     * What a record turned out to be.
     *
     * @param localId      the paper's local id (the last segment of its IRI)
     * @param firstInBuild true for the first record of this paper in this build
     * @param storedHash   the content hash of the paper as stored before this build, or null
     */
    public record Resolution(String localId, boolean firstInBuild, String storedHash) {
    }

    /** The local id a paper gets when nothing else is known of it. */
    public static String localIdOf(Paper paper) {
        if (paper.arxivId() != null) {
            return "arxiv-" + paper.arxivId().replace('/', '_');
        }
        return "t-" + ResourceIris.shortHash(Titles.key(paper.title()));
    }

    /** Registers a paper that the store already holds. */
    public void remember(String localId, String title, String arxivId, String contentHash) {
        byTitleKey.putIfAbsent(Titles.key(title), localId);
        if (arxivId != null) {
            byArxivId.putIfAbsent(arxivId, localId);
        }
        if (contentHash != null) {
            storedHash.put(localId, contentHash);
        }
    }

    /** Resolves one record of this build to its paper, registering it for the records after it. */
    public Resolution resolve(Paper paper) {
        String titleKey = Titles.key(paper.title());
        String localId = paper.arxivId() == null ? null : byArxivId.get(paper.arxivId());
        if (localId == null) {
            localId = byTitleKey.get(titleKey);
        }
        if (localId == null) {
            localId = localIdOf(paper);
        }
        byTitleKey.putIfAbsent(titleKey, localId);
        if (paper.arxivId() != null) {
            byArxivId.putIfAbsent(paper.arxivId(), localId);
        }
        return new Resolution(localId, seenThisBuild.add(localId), storedHash.get(localId));
    }

    /** How many distinct papers this build has resolved so far. */
    public int papersThisBuild() {
        return seenThisBuild.size();
    }
}
