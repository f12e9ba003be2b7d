package org.paperkg.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.paperkg.ingest.Corpus;
import org.paperkg.ingest.InputLocation;
import org.paperkg.ingest.IngestSummary;
import org.paperkg.ingest.Paper;
import org.paperkg.ingest.ProblemHandler;
import org.paperkg.link.PaperIdentity;
import org.paperkg.link.ResourceIris;

/**
 * The driver's part: reads the inputs (local paths or Hadoop file system URIs) with the {@code ingest} readers and groups the records into
 * papers with {@link PaperIdentity}, in input order, as {@code build} does, so that the Spark job
 * extracts the same first record of each paper and merges the same duplicates.
 */
final class GroupPlanner {

    /** The papers of a run, in input order, and what reading found. */
    record Plan(List<PaperGroup> groups, IngestSummary summary) {
    }

    private GroupPlanner() {
    }

    static Plan plan(List<String> inputs, Configuration hadoop, Manifest previous, ResourceIris iris,
            ProblemHandler problems) throws IOException {
        List<InputLocation> locations = new ArrayList<>(inputs.size());
        for (String input : inputs) {
            locations.add(HadoopInput.resolve(input, hadoop));
        }
        PaperIdentity identity = new PaperIdentity();
        for (Manifest.Entry e : previous.entries()) {
            String prefix = iris.paper("");
            if (e.paperIri().startsWith(prefix)) {
                identity.remember(e.paperIri().substring(prefix.length()), e.title(),
                        e.arxivId().isEmpty() ? null : e.arxivId(), e.hash());
            }
        }
        Map<String, Building> byId = new LinkedHashMap<>();
        IngestSummary summary = Corpus.readLocations(locations, paper -> {
            PaperIdentity.Resolution r = identity.resolve(paper);
            if (r.firstInBuild()) {
                byId.put(r.localId(), new Building(r.localId(), paper, r.storedHash()));
            } else {
                byId.get(r.localId()).duplicates.add(PaperRecord.of(paper));
            }
        }, problems);
        List<PaperGroup> groups = new ArrayList<>(byId.size());
        for (Building b : byId.values()) {
            groups.add(new PaperGroup(b.localId, PaperRecord.of(b.first), b.duplicates, b.storedHash));
        }
        return new Plan(groups, summary);
    }

    private static final class Building {
        final String localId;
        final Paper first;
        final String storedHash;
        final List<PaperRecord> duplicates = new ArrayList<>();

        Building(String localId, Paper first, String storedHash) {
            this.localId = localId;
            this.first = first;
            this.storedHash = storedHash;
        }
    }
}
