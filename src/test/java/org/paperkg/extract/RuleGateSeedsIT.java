package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.ingest.Corpus;
import org.paperkg.ingest.Paper;
import org.paperkg.ingest.ProblemHandler;
import org.paperkg.testing.SharedData;
import org.slf4j.LoggerFactory;

/**
 * The rule gate must skip only rules that would have found nothing, and start anchored rules
 * everywhere they can match: on every seed abstract, gated and anchored rule files give the same
 * hits as plain TokensRegex, file by file and sentence by sentence.
 */
class RuleGateSeedsIT {

    /** Every seed paper (a minute on a busy machine): the start lines are checked on all of them. */
    private static final int PAPERS = 468;

    @Test
    void gatedAndAnchoredRulesFindExactlyWhatPlainRulesFindOnSeedAbstracts() throws IOException {
        Path seeds = SharedData.require("seeds");
        List<Paper> papers = new ArrayList<>();
        java.util.Set<String> titles = new java.util.HashSet<>();
        Corpus.read(List.of(seeds), p -> {
            if (papers.size() < PAPERS && titles.add(org.paperkg.ingest.Titles.key(p.title()))) {
                papers.add(p);
            }
        }, ProblemHandler.logging(LoggerFactory.getLogger(RuleGateSeedsIT.class)));
        assertThat(papers).hasSize(PAPERS);

        Path lexiconDir = Path.of("ontology", "lexicon");
        List<LexiconEntry> entries = Files.isDirectory(lexiconDir) ? LexiconFiles.read(lexiconDir) : List.of();
        Lexicon lexicon = Lexicon.of(entries).withFallback(Lexicon.of(BuiltinTerms.load()));
        Marker marker = new Marker(lexicon, NameChunker.standard());
        NlpPipeline nlp = NlpPipeline.create(ExtractorConfig.defaults().annotators());
        RuleSet gated = RuleSet.load(HeadNouns.standard(), true);
        RuleSet ungated = RuleSet.load(HeadNouns.standard(), false);
        assertThat(gated.anchoredRules()).as("rules with a starts line, run anchored").isGreaterThanOrEqualTo(40);
        assertThat(ungated.anchoredRules()).isZero();

        int hits = 0;
        int sentences = 0;
        for (Paper p : papers) {
            for (String text : List.of(p.title(), p.abstractText())) {
                for (SentenceTokens s : nlp.annotate(Section.ABSTRACT, text)) {
                    marker.mark(s);
                    sentences++;
                    for (int i = 0; i < RuleSet.FILES.size(); i++) {
                        List<RuleSet.Hit> expected = ungated.apply(i, s);
                        assertThat(gated.apply(i, s))
                                .as("%s on '%s' (%s)", RuleSet.FILES.get(i), s.text(), p.source())
                                .isEqualTo(expected);
                        hits += expected.size();
                    }
                }
            }
        }
        assertThat(sentences).isGreaterThan(1500);
        assertThat(hits).isGreaterThan(1500);
    }

}
