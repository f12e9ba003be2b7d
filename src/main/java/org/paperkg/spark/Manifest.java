package org.paperkg.spark;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a Spark run produced, paper by paper: the next run reads it to skip the papers whose
 * content hash is unchanged and to list the graphs that are gone. One tab-separated line per
 * paper, {@code paperIri graphIri contentHash extractorVersion arxivId title}, in input order;
 * the title and arXiv id let the next run recognise the paper again as {@code build} recognises
 * a stored one.
 */
public final class Manifest {

    /** The file name the job writes beside the shards. */
    public static final String FILE = "manifest.tsv";

    /** The list of named graphs to drop, one IRI a line, beside the shards. */
    public static final String DROP_FILE = "drop.txt";

    private static final String HEADER = "#paperIri\tgraphIri\tcontentHash\textractorVersion\tarxivId\ttitle";

    /** One paper of a run; {@code arxivId} is empty when the paper has none. */
    public record Entry(String paperIri, String graphIri, String hash, String version, String arxivId, String title)
            implements Serializable {

        String line() {
            return String.join("\t", paperIri, graphIri, hash, version, arxivId, clean(title));
        }

        private static String clean(String s) {
            return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }
    }

    private final Map<String, Entry> byGraph;

    private Manifest(Map<String, Entry> byGraph) {
        this.byGraph = byGraph;
    }

    public static Manifest empty() {
        return new Manifest(Map.of());
    }

    public static Manifest of(Collection<Entry> entries) {
        Map<String, Entry> m = new LinkedHashMap<>();
        entries.forEach(e -> m.put(e.graphIri(), e));
        return new Manifest(m);
    }

    /**
     * Reads a manifest; {@code name} is how errors name it.
     *
     * @throws IOException when a line does not have the six fields (naming the line)
     */
    public static Manifest read(BufferedReader in, String name) throws IOException {
        Map<String, Entry> m = new LinkedHashMap<>();
        String line;
        long n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                throw new IOException(name + ":" + n + ": a manifest line has 6 tab-separated fields, this one has "
                        + f.length + "; give the " + FILE + " a previous 'paperkg spark' run wrote");
            }
            m.put(f[1], new Entry(f[0], f[1], f[2], f[3], f[4], f[5]));
        }
        return new Manifest(m);
    }

    public void write(BufferedWriter out) throws IOException {
        out.write(HEADER);
        out.newLine();
        for (Entry e : byGraph.values()) {
            out.write(e.line());
            out.newLine();
        }
    }

    public Collection<Entry> entries() {
        return byGraph.values();
    }

    /** The content hash recorded for {@code graphIri}, or null. */
    public String hash(String graphIri) {
        Entry e = byGraph.get(graphIri);
        return e == null ? null : e.hash();
    }

    public boolean contains(String graphIri) {
        return byGraph.containsKey(graphIri);
    }

    public int size() {
        return byGraph.size();
    }
}
