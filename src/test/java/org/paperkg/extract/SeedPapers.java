package org.paperkg.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.paperkg.ingest.Paper;
import org.paperkg.ingest.SourceRef;

/**
 * Test-only reader of the seed listing pages ({@code /work/shared/seeds/*.txt}): a title line,
 * then an abstract line. The ingest stage has the real reader and text cleaner; this one undoes
 * only the LaTeX leftovers the seeds contain ("\%", "~"), so that the regression tests see text
 * close to what ingest hands over.
 */
final class SeedPapers {

    private SeedPapers() {
    }

    /** The paper of a seed file whose title starts with {@code titleStart}. */
    static Paper find(Path file, String titleStart) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(file)) {
            if (!l.isBlank()) {
                lines.add(l.strip());
            }
        }
        for (int i = 0; i + 1 < lines.size(); i++) {
            String title = lines.get(i).replaceFirst("^Subscribe(?=\\p{Lu})", "");
            if (title.startsWith(titleStart) && lines.get(i + 1).length() > 300) {
                String abs = clean(lines.get(i + 1));
                return new Paper(null, clean(title), abs, title, lines.get(i + 1), null, null, null, List.of(),
                        new SourceRef(file.toString(), i + 1));
            }
        }
        throw new IllegalArgumentException("no paper titled '" + titleStart + "...' in " + file);
    }

    private static String clean(String s) {
        return s.replace("\\%", "%").replace("\\&", "&").replace('~', ' ');
    }
}
