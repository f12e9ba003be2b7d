package org.paperkg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which gold papers a run scores: those whose {@code gid} is in an ids file, or starts with one
 * of a few prefixes, or both (a paper must then pass both tests). With neither, every paper.
 *
 * <p>An ids file lists one gid per line; blank lines and text after {@code #} are ignored, so a
 * file can say why it holds what it holds:
 * <pre>
 * # paperkg-gold, judge half: odd gid numbers
 * v2s01
 * v2s03
 * </pre>
 *
 * @param ids      the gids to keep, or null for no ids file
 * @param prefixes gid prefixes to keep; empty for no prefix test
 */
public record GoldSelection(Set<String> ids, List<String> prefixes) {

    /** Every gold paper. */
    public static final GoldSelection ALL = new GoldSelection(null, List.of());

    public GoldSelection {
        ids = ids == null ? null : Set.copyOf(ids);
        prefixes = List.copyOf(prefixes);
    }

    /** Reads an ids file; {@code prefixes} may be empty. */
    public static GoldSelection of(Path idsFile, List<String> prefixes) throws IOException {
        return new GoldSelection(idsFile == null ? null : readIds(idsFile), prefixes);
    }

    /** The gids of an ids file, in file order. */
    public static Set<String> readIds(Path file) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int hash = line.indexOf('#');
            String id = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** True when every paper is kept. */
    public boolean all() {
        return ids == null && prefixes.isEmpty();
    }

    /** True when the paper with this gid is scored. */
    public boolean test(String gid) {
        return (ids == null || ids.contains(gid))
                && (prefixes.isEmpty() || prefixes.stream().anyMatch(gid::startsWith));
    }

    /** The papers of {@code gold} that are scored, in their order. */
    public List<PaperGold> select(List<PaperGold> gold) {
        List<PaperGold> kept = new ArrayList<>(gold.size());
        for (PaperGold g : gold) {
            if (test(g.gid())) {
                kept.add(g);
            }
        }
        return kept;
    }

    /** The listed ids that none of {@code gold} carries: usually a typo or the wrong gold file. */
    public List<String> unknownIds(List<PaperGold> gold) {
        if (ids == null) {
            return List.of();
        }
        Set<String> known = new LinkedHashSet<>();
        gold.forEach(g -> known.add(g.gid()));
        return ids.stream().filter(id -> !known.contains(id)).toList();
    }
}
