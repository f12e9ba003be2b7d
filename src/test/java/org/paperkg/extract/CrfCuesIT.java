package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.paperkg.domain.EntityType;
import org.paperkg.extract.ner.NerSpan;

/**
 * The policy that combines the CRF's spans with the rules ({@link CrfCues}), on sentences written
 * for the purpose and CRF spans chosen by the test, so that the policy is checked apart from what
 * the shipped model happens to tag.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrfCuesIT {

    private NlpPipeline nlp;
    private Marker marker;
    private EntityAssembler assembler;

    @BeforeAll
    void load() {
        nlp = NlpPipeline.create(ExtractorConfig.DEFAULT_ANNOTATORS);
        marker = new Marker(Lexicon.empty(), NameChunker.standard());
        assembler = new EntityAssembler(Wordlists.words("generic-names.txt"), iri -> true);
    }

    private Analyzed sentence(Section section, String text) {
        SentenceTokens s = nlp.annotate(section, text).get(0);
        return new Analyzed(marker.mark(s), List.of(), List.of());
    }

    private static int token(Analyzed a, String word) {
        for (Token t : a.sent().tokens()) {
            if (t.text().equals(word)) {
                return t.index();
            }
        }
        throw new AssertionError("no token " + word + " in " + a.sent().text());
    }

    private List<ExtractedEntity> assemble(CandidateSet w, Analyzed a) {
        return assembler.assemble(w.collected(), List.of(a)).entities();
    }

    /** Each entity as "name <- producers" of its first evidence. */
    private List<String> namesAndProducers(CandidateSet w, Analyzed a) {
        return assemble(w, a).stream().map(e -> e.name() + " <- " + e.evidence().get(0).producer()).toList();
    }

    @Test
    void agreementAddsAnIndependentCueAndRaisesConfidence() {
        Analyzed a = sentence(Section.ABSTRACT, "We report results on SQuAD and on Natural Questions.");
        int i = token(a, "SQuAD");
        CandidateSet w = new CandidateSet();
        w.at(a, i, i + 1).cues.add(Cue.of(EntityType.DATASET, "lexicon", 0.8));
        double before = assemble(w, a).get(0).confidence();

        CrfCues.add(w, a, List.of(new NerSpan(i, i + 1, EntityType.DATASET, 0.9)));
        ExtractedEntity e = assemble(w, a).get(0);
        assertThat(e.type()).isEqualTo(EntityType.DATASET);
        assertThat(e.confidence()).isCloseTo(1 - 0.2 * (1 - CrfCues.AGREE * 0.9), org.assertj.core.data.Offset.offset(1e-9))
                .isGreaterThan(before);
        assertThat(e.evidence().get(0).producer()).isEqualTo("lexicon+crf");
    }

    @Test
    void aBareLowerCaseTaskWordGetsNoCrfSupportButALowerCaseMetricDoes() {
        Analyzed a = sentence(Section.ABSTRACT, "We study summarization and measure purity.");
        int sum = token(a, "summarization");
        int pur = token(a, "purity");
        CandidateSet w = new CandidateSet();
        w.at(a, sum, sum + 1).cues.add(Cue.of(EntityType.TASK, "lexicon", 0.45));
        w.at(a, pur, pur + 1).cues.add(Cue.of(EntityType.METRIC, "lexicon", 0.45));
        CrfCues.add(w, a, List.of(new NerSpan(sum, sum + 1, EntityType.TASK, 0.99),
                new NerSpan(pur, pur + 1, EntityType.METRIC, 0.99)));
        assertThat(namesAndProducers(w, a)).containsExactly("summarization <- lexicon", "purity <- lexicon+crf");
    }

    @Test
    void theRulesTypeWinsOverTheCrfs() {
        Analyzed a = sentence(Section.ABSTRACT, "We report results on SQuAD and on Natural Questions.");
        int i = token(a, "SQuAD");
        CandidateSet w = new CandidateSet();
        w.at(a, i, i + 1).cues.add(Cue.of(EntityType.DATASET, "lexicon", 0.8));
        CrfCues.add(w, a, List.of(new NerSpan(i, i + 1, EntityType.METHOD, 0.99)));
        ExtractedEntity e = assemble(w, a).get(0);
        assertThat(e.type()).isEqualTo(EntityType.DATASET);
        assertThat(e.confidence()).isEqualTo(0.8);
        assertThat(e.evidence().get(0).producer()).isEqualTo("lexicon");
    }

    @Test
    void anUntypedAcronymCandidateTakesTheCrfsType() {
        Analyzed a = sentence(Section.ABSTRACT, "We train a Graph Attention Network (GAT) on citation graphs.");
        int g = token(a, "GAT");
        CandidateSet w = new CandidateSet();
        w.at(a, g, g + 1).cues.add(Cue.of(null, "acronym", 0.85));
        CrfCues.add(w, a, List.of(new NerSpan(g, g + 1, EntityType.METHOD, 0.9)));
        assertThat(assemble(w, a)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntityType.METHOD);
            assertThat(e.evidence().get(0).producer()).isEqualTo("acronym+crf");
        });
    }

    @Test
    void aCrfOnlyNameIsAcceptedBelowTheHighConfidenceBand() {
        Analyzed a = sentence(Section.ABSTRACT, "We replace each block with ConvBN units to speed up training.");
        int i = token(a, "ConvBN");
        CandidateSet w = new CandidateSet();
        CrfCues.add(w, a, List.of(new NerSpan(i, i + 1, EntityType.METHOD, 0.95)));
        assertThat(assemble(w, a)).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("ConvBN");
            assertThat(e.type()).isEqualTo(EntityType.METHOD);
            assertThat(e.confidence()).isBetween(CrfCues.ONLY_LOW, CrfCues.ONLY_HIGH).isLessThan(0.8);
            assertThat(e.evidence().get(0).producer()).isEqualTo("crf");
        });
    }

    @Test
    void crfOnlySpansThatAreUnsureGenericOrBareAreRejected() {
        Analyzed a = sentence(Section.ABSTRACT,
                "Deep neural networks with ConvBN units improve detection and open-domain question answering tasks.");
        int convbn = token(a, "ConvBN");
        int deep = token(a, "Deep");
        int detection = token(a, "detection");
        int open = token(a, "open");
        CandidateSet w = new CandidateSet();
        CrfCues.add(w, a, List.of(
                new NerSpan(deep, deep + 3, EntityType.METHOD, 0.99),           // lower-case phrase: not a name
                new NerSpan(convbn, convbn + 1, EntityType.METHOD, 0.6),        // below the threshold
                new NerSpan(detection, detection + 1, EntityType.DATASET, 0.99), // not written as a name
                new NerSpan(open, open + 6, EntityType.TASK, 0.99)));           // a task needs a rule
        assertThat(w.all()).isEmpty();
    }

    @Test
    void aCrfSpanGivesAWeakLexiconWordItsModifiersButLeavesAcceptedWordsAlone() {
        Analyzed a = sentence(Section.ABSTRACT,
                "A sparse autoencoder compresses the frames, and a gated attention mechanism fuses them.");
        int sparse = token(a, "sparse");
        int gated = token(a, "gated");
        CandidateSet w = new CandidateSet();
        w.at(a, sparse + 1, sparse + 2).cues.add(Cue.of(EntityType.METHOD, "lexicon", 0.45)); // the bare word
        w.at(a, gated + 1, gated + 3).cues.add(Cue.of(EntityType.METHOD, "lexicon", 0.9));
        CrfCues.add(w, a, List.of(new NerSpan(sparse, sparse + 2, EntityType.METHOD, 0.99),
                new NerSpan(gated, gated + 3, EntityType.METHOD, 0.99)));
        assertThat(namesAndProducers(w, a)).containsExactlyInAnyOrder("sparse autoencoder <- crf+lexicon",
                "attention mechanism <- lexicon");
    }

    @Test
    void aWideningSpanMustEndOnTheWordAndKeepItsType() {
        Analyzed a = sentence(Section.ABSTRACT, "A sparse autoencoder layer compresses the frames.");
        int sparse = token(a, "sparse");
        CandidateSet w = new CandidateSet();
        w.at(a, sparse + 1, sparse + 2).cues.add(Cue.of(EntityType.METHOD, "lexicon", 0.45));
        CrfCues.add(w, a, List.of(new NerSpan(sparse, sparse + 3, EntityType.METHOD, 0.99), // goes past the word
                new NerSpan(sparse, sparse + 2, EntityType.DATASET, 0.99),                  // another type
                new NerSpan(sparse, sparse + 2, EntityType.METHOD, 0.7)));                   // below the threshold
        assertThat(w.all()).singleElement().satisfies(c -> assertThat(c.name).isEqualTo("autoencoder"));
    }

    @Test
    void onlyModifiersBeforeOneWordWhoseCuesStayWeakWidenIt() {
        assertThat(widened(Section.ABSTRACT, "Training of the autoencoder converges.", "Training", "autoencoder"))
                .as("'of the' are no modifiers").containsExactly("autoencoder");
        assertThat(widened(Section.ABSTRACT, "A sparse ConvBN autoencoder converges.", "sparse", "ConvBN", "autoencoder"))
                .as("a span over two candidates").containsExactlyInAnyOrder("ConvBN", "autoencoder");
        assertThat(widened(Section.TITLE, "A Sparse Autoencoder for Galaxy Images", "Sparse", "Autoencoder"))
                .as("titles are left to the rules").containsExactly("Autoencoder");

        Analyzed a = sentence(Section.ABSTRACT, "A sparse autoencoder converges.");
        int sparse = token(a, "sparse");
        CandidateSet w = new CandidateSet();
        w.at(a, sparse + 1, sparse + 2).cues.add(Cue.of(EntityType.METHOD, "lexicon", 0.45));
        w.at(a, sparse + 1, sparse + 2).cues.add(Cue.of(EntityType.METHOD, "pattern:model-head", 0.45));
        CrfCues.add(w, a, List.of(new NerSpan(sparse, sparse + 2, EntityType.METHOD, 0.99)));
        assertThat(w.all()).as("two weak cues make 0.70 together").extracting(c -> c.name).containsExactly("autoencoder");
    }

    /**
     * The candidates after a Method span from {@code from} to the last of {@code words} is added,
     * where each of the other words is a Method candidate of one weak lexicon cue.
     */
    private List<String> widened(Section section, String text, String from, String... words) {
        Analyzed a = sentence(section, text);
        CandidateSet w = new CandidateSet();
        for (String word : words) {
            int i = token(a, word);
            w.at(a, i, i + 1).cues.add(Cue.of(EntityType.METHOD, "lexicon", 0.45));
        }
        int end = token(a, words[words.length - 1]) + 1;
        CrfCues.add(w, a, List.of(new NerSpan(token(a, from), end, EntityType.METHOD, 0.99)));
        return w.all().stream().map(c -> c.name).toList();
    }

    @Test
    void crfOnlyNamesComeFromTheAbstractNotTheTitle() {
        String text = "TransTab Learns Transferable Tabular Models";
        Analyzed abs = sentence(Section.ABSTRACT, text + ".");
        Analyzed title = sentence(Section.TITLE, text);
        CandidateSet w = new CandidateSet();
        CrfCues.add(w, abs, List.of(new NerSpan(0, 1, EntityType.METHOD, 0.95)));
        CrfCues.add(w, title, List.of(new NerSpan(0, 1, EntityType.METHOD, 0.95)));
        assertThat(w.all()).singleElement().satisfies(c -> {
            assertThat(c.name).isEqualTo("TransTab");
            assertThat(c.section()).isEqualTo(Section.ABSTRACT);
        });
    }

    @Test
    void tasksAndMetricsNeverComeFromTheCrfAlone() {
        Analyzed a = sentence(Section.ABSTRACT, "Protein structure prediction is judged by GDT-TS scores.");
        int gdt = token(a, "GDT");
        CandidateSet w = new CandidateSet();
        CrfCues.add(w, a, List.of(new NerSpan(0, 3, EntityType.TASK, 0.99),
                new NerSpan(gdt, gdt + 3, EntityType.METRIC, 0.99)));
        assertThat(w.all()).isEmpty();
    }

    @Test
    void aGenericNameFromTheCrfIsDroppedByTheAssembler() {
        Analyzed a = sentence(Section.ABSTRACT, "Our LLMs answer questions.");
        int i = token(a, "LLMs");
        CandidateSet w = new CandidateSet();
        w.at(a, i, i + 1).cues.add(Cue.of(null, "acronym", 0.85));
        CrfCues.add(w, a, List.of(new NerSpan(i, i + 1, EntityType.METHOD, 0.99)));
        assertThat(assemble(w, a)).isEmpty();
    }

    @Test
    void sentencesWhereNoSpanCouldCountAreNotTagged() {
        Analyzed plain = sentence(Section.ABSTRACT, "We study how models learn from data.");
        Analyzed named = sentence(Section.ABSTRACT, "We study how TransTab learns from data.");
        Analyzed title = sentence(Section.TITLE, "TransTab Learns Transferable Tabular Models");
        List<String> tagged = new java.util.ArrayList<>();
        CandidateSet w = new CandidateSet();
        for (Analyzed a : List.of(plain, named, title)) {
            CrfCues.add(w, a, x -> {
                tagged.add(x.sent().text());
                return List.of();
            });
        }
        assertThat(tagged).containsExactly(named.sent().text());
        w.at(plain, 3, 4).cues.add(Cue.of(EntityType.METHOD, "lexicon", 0.8));
        CrfCues.add(w, plain, x -> {
            tagged.add(x.sent().text());
            return List.of();
        });
        assertThat(tagged).as("a sentence with a candidate is tagged").hasSize(2);
    }

    @Test
    void nameWordsAreWrittenAsNames() {
        assertThat(List.of("ResNeXt", "GPT-4", "BIOSCAN-5M", "FRCNN", "TransTab")).allMatch(CrfCues::nameWord);
        assertThat(List.of("3D", "Transfer", "networks", "MTL", "2024")).noneMatch(CrfCues::nameWord);
    }
}
