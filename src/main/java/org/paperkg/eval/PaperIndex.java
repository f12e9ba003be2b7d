package org.paperkg.eval;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.paperkg.ingest.Paper;

/**
 * Keeps, out of a stream of papers, those whose title a gold file asks for, so that a corpus of
 * any size can be searched in bounded memory.
 *
 * <pre>{@code
 * PaperIndex index = new PaperIndex(gold.stream().map(PaperGold::title).toList());
 * reader.read(inputs, index);
 * Optional<Paper> p = index.byTitle("POA: Pre-training Once for Models of All Sizes");
 * }</pre>
 *
 * <p>Titles are compared by {@link #titleKey}, which ignores case, spacing and punctuation. When
 * several inputs hold the same title the first one read is kept.
 */
public final class PaperIndex implements Consumer<Paper>, PaperSource {

    private final Set<String> wanted = new HashSet<>();
    private final Map<String, Paper> found = new HashMap<>();

    public PaperIndex(Collection<String> titles) {
        for (String t : titles) {
            wanted.add(titleKey(t));
        }
    }

    @Override
    public void accept(Paper paper) {
        for (String t : new String[] {paper.title(), paper.originalTitle()}) {
            String key = titleKey(t);
            if (wanted.contains(key)) {
                found.putIfAbsent(key, paper);
            }
        }
    }

    @Override
    public Optional<Paper> byTitle(String title) {
        return Optional.ofNullable(found.get(titleKey(title)));
    }

    /** Number of wanted titles found so far. */
    public int size() {
        return found.size();
    }

    /** Lower-case letters and digits of a title, everything else dropped. */
    public static String titleKey(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
