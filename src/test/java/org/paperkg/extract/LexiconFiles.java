package org.paperkg.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.domain.EntityType;

/**
 * Test-only reader of the curated lexicon files ({@code ontology/lexicon/*.ttl}) as they are
 * written: one entry per line, "m:bert a pk:Method ; skos:prefLabel "BERT" ; skos:altLabel ...".
 * The real reader is the rdf stage's (Jena); extraction code and its tests do not use Jena.
 */
final class LexiconFiles {

    private static final Pattern PREFIX = Pattern.compile("@prefix\\s+(\\w*):\\s+<([^>]+)>\\s*\\.");
    private static final Pattern ENTRY = Pattern.compile("^(\\w*):(\\S+)\\s+a\\s+pk:(\\w+)\\s*;(.*)$");
    private static final Pattern PREF = Pattern.compile("skos:prefLabel\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern ALT = Pattern.compile("skos:altLabel\\s+((?:\"(?:[^\"\\\\]|\\\\.)*\"(?:@\\w+)?\\s*,?\\s*)+)");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern BROADER = Pattern.compile("skos:broader\\s+(\\w*):(\\S+?)\\s*[;.]");

    private LexiconFiles() {
    }

    /** Every entry of every {@code *.ttl} file in the folder, in file-name order. */
    static List<LexiconEntry> read(Path folder) throws IOException {
        List<LexiconEntry> out = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList()) {
                out.addAll(readFile(f));
            }
        }
        return out;
    }

    static List<LexiconEntry> readFile(Path file) throws IOException {
        Map<String, String> prefixes = new HashMap<>();
        List<LexiconEntry> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file)) {
            lineNo++;
            Matcher p = PREFIX.matcher(line.strip());
            if (p.matches()) {
                prefixes.put(p.group(1), p.group(2));
                continue;
            }
            Matcher e = ENTRY.matcher(line.strip());
            if (!e.matches()) {
                continue;
            }
            String rest = e.group(4);
            Matcher pref = PREF.matcher(rest);
            if (!pref.find()) {
                throw new IOException(file + ":" + lineNo + ": entry without skos:prefLabel");
            }
            List<String> alts = new ArrayList<>();
            Matcher alt = ALT.matcher(rest);
            while (alt.find()) {
                Matcher q = QUOTED.matcher(alt.group(1));
                while (q.find()) {
                    alts.add(unescape(q.group(1)));
                }
            }
            Matcher b = BROADER.matcher(rest);
            String broader = b.find() ? prefixes.getOrDefault(b.group(1), "") + b.group(2) : null;
            String iri = prefixes.getOrDefault(e.group(1), "") + e.group(2);
            out.add(new LexiconEntry(iri, EntityType.parse(e.group(3)), unescape(pref.group(1)), alts, broader));
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
