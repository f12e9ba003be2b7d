package org.paperkg.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.paperkg.extract.CodeLink;
import org.paperkg.extract.Evidence;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.Section;
import org.paperkg.ingest.Paper;
import org.paperkg.ingest.SourceLink;

/**
 * Adds the links an input gives as fields ({@link Paper#sourceLinks()}, such as Hugging Face's
 * {@code paper.githubRepo}) to a paper's extraction as code links, so that they become
 * {@code pk:codeRepository} like the ones found in abstracts. Their evidence names the field
 * (producer {@code source-field:paper.githubRepo}, the sentence {@code "paper.githubRepo: URL"}),
 * spans nothing of the text (offsets 0..0) and has confidence 1: the input states it. A URL the
 * abstract names as well is not added twice.
 */
public final class SourceLinks {

    static final String PRODUCER_PREFIX = "source-field:";

    private SourceLinks() {
    }

    public static Extraction addTo(Extraction extraction, Paper paper) {
        if (paper.sourceLinks().isEmpty()) {
            return extraction;
        }
        List<CodeLink> links = new ArrayList<>(extraction.codeLinks());
        for (SourceLink link : paper.sourceLinks()) {
            if (links.stream().noneMatch(c -> c.url().equals(link.url()))) {
                links.add(new CodeLink(link.url(), new Evidence(Section.ABSTRACT, 0, 0, link.field() + ": " + link.url(),
                        PRODUCER_PREFIX + link.field(), 1.0)));
            }
        }
        return new Extraction(extraction.extractorVersion(), extraction.entities(), extraction.results(), links,
                extraction.comparisons());
    }
}
