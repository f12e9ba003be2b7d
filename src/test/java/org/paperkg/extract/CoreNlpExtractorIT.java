package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.paperkg.domain.EntityType;
import org.paperkg.ingest.Paper;
import org.paperkg.ingest.SourceRef;

/**
 * Each rule family on sentences written for the purpose. The CoreNLP pipeline is loaded once for
 * the class (a few seconds); the nested classes share it. The extractor runs without the
 * built-in term list unless a test says otherwise, so that what is found comes from the small
 * lexicon below and the rules.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoreNlpExtractorIT {

    private static final String BASE = "https://w3id.org/paperkg/resource/";

    static LexiconEntry entry(EntityType type, String id, String label, String... alts) {
        return new LexiconEntry(BASE + type.pathSegment() + "/" + id, type, label, List.of(alts), null);
    }

    static final LexiconEntry BERT = entry(EntityType.METHOD, "bert", "BERT");
    static final LexiconEntry RESNET = entry(EntityType.METHOD, "resnet", "ResNet");
    static final LexiconEntry VIT = entry(EntityType.METHOD, "vit", "Vision Transformer", "ViT");
    static final LexiconEntry ROBERTA = entry(EntityType.METHOD, "roberta", "RoBERTa");
    static final LexiconEntry IMAGENET = entry(EntityType.DATASET, "imagenet", "ImageNet");
    static final LexiconEntry AUDIOSET = entry(EntityType.DATASET, "audioset", "AudioSet");
    static final LexiconEntry ACCURACY = entry(EntityType.METRIC, "accuracy", "accuracy");
    static final LexiconEntry TOP1 = entry(EntityType.METRIC, "top-1-accuracy", "top-1 accuracy");
    static final LexiconEntry BLEU = entry(EntityType.METRIC, "bleu", "BLEU");
    static final LexiconEntry MAP = entry(EntityType.METRIC, "map", "mean average precision", "mAP");
    static final LexiconEntry PSNR = entry(EntityType.METRIC, "psnr", "peak signal-to-noise ratio", "PSNR");
    static final LexiconEntry FID = entry(EntityType.METRIC, "fid", "Frechet Inception Distance", "FID");
    static final LexiconEntry SAM = entry(EntityType.METHOD, "sam", "Segment Anything Model", "SAM");

    static final Lexicon LEXICON = Lexicon.of(List.of(BERT, RESNET, VIT, ROBERTA, IMAGENET, AUDIOSET, ACCURACY,
            TOP1, BLEU, MAP, PSNR, FID, SAM));

    private CoreNlpExtractor extractor;

    @BeforeAll
    void load() {
        extractor = CoreNlpExtractor.create(LEXICON, ExtractorConfig.defaults().withBuiltinTerms(false));
    }

    @AfterAll
    void close() {
        extractor.close();
    }

    static Paper paper(String title, String abstractText) {
        return new Paper(null, title, abstractText, title, abstractText, null, null, null, List.of(),
                new SourceRef("CoreNlpExtractorIT", 1));
    }

    Extraction extract(String title, String abstractText) {
        return extractor.extract(paper(title, abstractText));
    }

    Extraction extract(String abstractText) {
        return extract("A study of things", abstractText);
    }

    static Optional<ExtractedEntity> named(Extraction e, String name) {
        return e.entities().stream().filter(x -> x.name().equals(name)).findFirst();
    }

    static List<String> names(Extraction e, EntityType type) {
        return e.entities().stream().filter(x -> x.type() == type).map(ExtractedEntity::name).toList();
    }

    @Test
    void versionAndThreadSafetyAreDeclared() {
        assertThat(extractor.version()).isEqualTo(ExtractorVersion.of(CoreNlpExtractor.VERSION)).startsWith("rules-");
        assertThat(extractor.threadSafe()).isTrue();
    }

    @Test
    void everyEvidenceCutsItsMentionFromTheCleanedText() {
        String title = "FooNet: a network for image classification";
        String text = "We propose FooNet, a new network. FooNet outperforms ResNet-50 and BERT on ImageNet "
                + "with 85.2% top-1 accuracy. Code: https://github.com/foo/net.";
        Extraction e = extract(title, text);
        assertThat(e.entities()).isNotEmpty();
        for (ExtractedEntity x : e.entities()) {
            for (Evidence ev : x.evidence()) {
                String section = ev.section() == Section.TITLE ? title : text;
                assertThat(section.substring(ev.start(), ev.end())).isNotBlank();
                assertThat(section).contains(ev.sentence());
                assertThat(ev.sentence()).contains(ev.cut(section));
            }
        }
        for (ResultMention r : e.results()) {
            assertThat(r.evidence().cut(text)).contains("85.2%");
        }
    }

    @Test
    void timingsReportEachAnnotatorAndPaperkgsOwnTime() {
        extract("We fine-tune BERT on ImageNet.");
        assertThat(extractor.timings()).containsKeys("tokenize", "pos", "lemma", "paperkg");
        assertThat(extractor.timings().get("pos")).isPositive();
        assertThat(extractor.timings().get("paperkg")).isPositive();
    }

    @Test
    void sharedBetweenThreadsGivesTheSameResultAsOneThread() throws Exception {
        List<Paper> papers = List.of(
                paper("LADD: fast distillation", "We propose Latent Adversarial Diffusion Distillation (LADD). "
                        + "LADD reaches an FID of 3.17 on ImageNet."),
                paper("A study", "We fine-tune BERT and RoBERTa for named entity recognition, "
                        + "improving accuracy by 2.3%."),
                paper("Another study", "Our model outperforms ResNet and ViT with 85.2% top-1 accuracy on ImageNet."));
        List<Extraction> sequential = papers.stream().map(extractor::extract).toList();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Extraction>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Paper p : papers) {
                    futures.add(pool.submit(() -> extractor.extract(p)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % papers.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Nested
    class Lexicon_ {

        @Test
        void lexiconNamesAreFoundWithTheirEntryAndVariantsGrowToTheWholeName() {
            Extraction e = extract("We fine-tune ResNet-50 and BERT on the ImageNet dataset.");
            ExtractedEntity bert = named(e, "BERT").orElseThrow();
            assertThat(bert.type()).isEqualTo(EntityType.METHOD);
            assertThat(bert.lexiconId()).isEqualTo(BERT.iri());
            assertThat(bert.confidence()).isGreaterThanOrEqualTo(0.8);
            ExtractedEntity resnet50 = named(e, "ResNet-50").orElseThrow();
            assertThat(resnet50.type()).isEqualTo(EntityType.METHOD);
            assertThat(resnet50.lexiconId()).as("a variant is not the family's entry").isNull();
            assertThat(named(e, "ImageNet").orElseThrow().lexiconId()).isEqualTo(IMAGENET.iri());
        }

        @Test
        void namesOfOneLexiconEntryAreOneEntity() {
            Extraction e = extract("Vision Transformer models are strong. We fine-tune ViT on ImageNet.");
            assertThat(e.entities()).filteredOn(x -> VIT.iri().equals(x.lexiconId())).singleElement()
                    .satisfies(x -> {
                        assertThat(List.of(x.name(), String.join("|", x.aliases())))
                                .anySatisfy(n -> assertThat(n).contains("ViT"));
                        assertThat(x.evidence()).hasSize(2);
                    });
        }

        @Test
        void shortAcronymsMatchOnlyInTheirCase() {
            Extraction e = extract("We prompt SAM with boxes. Sam and sam are ordinary names here.");
            assertThat(e.entities()).filteredOn(x -> x.lexiconId() != null && x.lexiconId().equals(SAM.iri()))
                    .singleElement().satisfies(x -> assertThat(x.evidence()).hasSize(1));
        }

        @Test
        void builtInTermsFillGapsOfTheCuratedLexicon() {
            CoreNlpExtractor withBuiltins = CoreNlpExtractor.create(LEXICON, ExtractorConfig.defaults());
            Extraction e = withBuiltins.extract(paper("A study", "We evaluate GPT-4 on MMLU and report the F1 score."));
            assertThat(names(e, EntityType.METHOD)).contains("GPT-4");
            assertThat(names(e, EntityType.DATASET)).contains("MMLU");
            assertThat(names(e, EntityType.METRIC)).contains("F1 score");
            assertThat(named(e, "GPT-4").orElseThrow().lexiconId()).as("built-in terms have no IRI").isNull();
        }
    }

    @Nested
    class GenericPhrases {

        @Test
        void genericModelPhrasesAreNotMethods() {
            Extraction e = extract("Our approach uses deep neural networks (DNNs) and pre-trained language models "
                    + "(PLMs). Large Language Models (LLMs) and transformers are popular in NLP.");
            assertThat(e.entities()).extracting(ExtractedEntity::name).doesNotContain("deep neural networks",
                    "deep neural network", "DNN", "pre-trained language model", "PLM", "Large Language Model",
                    "LLM", "transformers", "NLP", "our approach");
            assertThat(names(e, EntityType.METHOD)).isEmpty();
        }

        @Test
        void aBareTaskHeadIsNoTask() {
            Extraction e = extract("Classification and detection are studied in many papers.");
            assertThat(names(e, EntityType.TASK)).isEmpty();
        }
    }

    @Nested
    class Acronyms_ {

        @Test
        void definitionMakesOneEntityAndLaterMentionsJoinIt() {
            Extraction e = extract("We propose Latent Adversarial Diffusion Distillation (LADD), a novel distillation "
                    + "approach. LADD is fast.");
            ExtractedEntity ladd = named(e, "Latent Adversarial Diffusion Distillation").orElseThrow();
            assertThat(ladd.type()).isEqualTo(EntityType.METHOD);
            assertThat(ladd.aliases()).containsExactly("LADD");
            assertThat(ladd.proposed()).isTrue();
            assertThat(ladd.evidence()).hasSize(3);
            assertThat(ladd.confidence()).isGreaterThanOrEqualTo(0.85);
        }

        @Test
        void reversedDefinition() {
            Extraction e = extract("We compare against LADD (Latent Adversarial Diffusion Distillation) in our study.");
            ExtractedEntity ladd = named(e, "Latent Adversarial Diffusion Distillation").orElseThrow();
            assertThat(ladd.aliases()).containsExactly("LADD");
            assertThat(ladd.type()).isEqualTo(EntityType.METHOD);
            assertThat(ladd.proposed()).isFalse();
        }

        @Test
        void mixedCaseAcronymTakesTheWholeCraftedName() {
            Extraction e = extract("In this paper, we propose Language-guided data Augmentation for SPurIous "
                    + "correlation REmoval (ASPIRE), a simple method for robust classifiers.");
            ExtractedEntity aspire = named(e, "Language-guided data Augmentation for SPurIous correlation REmoval")
                    .orElseThrow();
            assertThat(aspire.aliases()).containsExactly("ASPIRE");
            assertThat(aspire.proposed()).isTrue();
            assertThat(aspire.type()).isEqualTo(EntityType.METHOD);
        }

        @Test
        void acronymInsideATaskNameGivesBothForms() {
            Extraction e = extract("Out-of-distribution (OOD) detection is critical for safety. "
                    + "Many OOD detection methods exist.");
            ExtractedEntity ood = named(e, "Out-of-distribution detection").orElseThrow();
            assertThat(ood.type()).isEqualTo(EntityType.TASK);
            assertThat(ood.aliases()).containsExactly("OOD detection");
            assertThat(ood.evidence()).hasSizeGreaterThanOrEqualTo(2);
        }

        @Test
        void headNounOfTheLongFormOrTheWordAfterTypesIt() {
            Extraction e = extract("Models do well on natural language understanding (NLU) tasks. We use the "
                    + "Weighted Page Rank (WPR) algorithm and the Frechet Video Distance (FVD).");
            assertThat(named(e, "natural language understanding").orElseThrow().type()).isEqualTo(EntityType.TASK);
            assertThat(named(e, "Weighted Page Rank").orElseThrow().type()).isEqualTo(EntityType.METHOD);
            assertThat(named(e, "Frechet Video Distance").orElseThrow().type()).isEqualTo(EntityType.METRIC);
        }

        @Test
        void appositiveAndForShortDefinitions() {
            Extraction e = extract("We propose UNIP, a UNified Infrared Pre-training framework, for segmentation. "
                    + "It is based on Leave-One-Out K-Nearest-Neighbor, or LOOK for short.");
            assertThat(named(e, "UNified Infrared Pre-training").orElseThrow().aliases()).containsExactly("UNIP");
            assertThat(named(e, "Leave-One-Out K-Nearest-Neighbor").orElseThrow().aliases()).containsExactly("LOOK");
        }

        @Test
        void descriptiveLowerCaseCompoundsAreNoLongForms() {
            Extraction e = extract("We explore a pre-trained text-to-video (T2V) diffusion model for segmentation.");
            assertThat(e.entities()).extracting(ExtractedEntity::name).doesNotContain("text-to-video", "T2V");
        }

        @Test
        void definitionWithoutATypeSignalIsNoEntity() {
            Extraction e = extract("The work was funded by the Open Philanthropy Foundation (OPF) last year.");
            assertThat(e.entities()).extracting(ExtractedEntity::name).doesNotContain("Open Philanthropy Foundation");
        }
    }

    @Nested
    class Proposals {

        @Test
        void titlePrefixNamesAProposedDatasetTypedByTheSubtitle() {
            String title = "DWIE: an entity-centric dataset for multi-task document-level information extraction";
            Extraction e = extract(title, "We present a dataset of news articles annotated for four tasks.");
            ExtractedEntity dwie = named(e, "DWIE").orElseThrow();
            assertThat(dwie.type()).isEqualTo(EntityType.DATASET);
            assertThat(dwie.proposed()).isTrue();
            Evidence ev = dwie.evidence().get(0);
            assertThat(ev.section()).isEqualTo(Section.TITLE);
            assertThat(ev.cut(title)).isEqualTo("DWIE");
            assertThat(ev.producer()).contains("title-prefix");
            assertThat(ev.confidence()).isGreaterThanOrEqualTo(0.9);
        }

        @Test
        void titlePrefixOfAMethodAndPrefixesThatAreNoNames() {
            Extraction zero = extract("ZeroI2V: Zero-Cost Adaptation of Pre-trained Transformers from Image to Video",
                    "Adapting image models to video is hard.");
            assertThat(named(zero, "ZeroI2V")).hasValueSatisfying(x -> {
                assertThat(x.type()).isEqualTo(EntityType.METHOD);
                assertThat(x.proposed()).isTrue();
            });
            for (String title : List.of("A Survey: Deep Learning for Vision", "Towards Robustness: New Findings",
                    "Selectivity Drives Productivity: Efficient Dataset Pruning")) {
                assertThat(extract(title, "We study models.").entities()).noneMatch(ExtractedEntity::proposed);
            }
        }

        @Test
        void proposalSentencesOfManyShapes() {
            Extraction e = extract("We introduce GraphMix, a regularizer for graphs. We also present a framework, "
                    + "dubbed FlowTune, for tuning. Our module (named HeadSplit) helps. We design a strategy called "
                    + "PrunAll to prune.");
            for (String name : List.of("GraphMix", "FlowTune", "HeadSplit", "PrunAll")) {
                assertThat(named(e, name)).as(name).hasValueSatisfying(x -> {
                    assertThat(x.proposed()).isTrue();
                    assertThat(x.type()).isEqualTo(EntityType.METHOD);
                });
            }
        }

        @Test
        void descriptionHeadDecidesTheType() {
            Extraction e = extract("We present MegaCode, a new benchmark for code generation. We also propose "
                    + "CodeScore, a novel metric for functional correctness.");
            assertThat(named(e, "MegaCode").orElseThrow().type()).isEqualTo(EntityType.DATASET);
            assertThat(named(e, "CodeScore").orElseThrow().type()).isEqualTo(EntityType.METRIC);
            assertThat(named(e, "MegaCode").orElseThrow().proposed()).isTrue();
        }

        @Test
        void aTitleThatSpellsOutItsPrefixGivesTheLongForm() {
            Extraction e = extract("OASIS: Open-world Adaptive Self-supervised and Imbalanced-aware System",
                    "We propose a method for open-world problems.");
            ExtractedEntity oasis = named(e, "OASIS").or(() -> named(e,
                    "Open-world Adaptive Self-supervised and Imbalanced-aware System")).orElseThrow();
            assertThat(oasis.aliases()).isNotEmpty();
            assertThat(oasis.proposed()).isTrue();
            assertThat(oasis.type()).isEqualTo(EntityType.METHOD);
        }

        @Test
        void aNameThePaperIntroducesOverrulesALexiconHomonym() {
            CoreNlpExtractor withSst = CoreNlpExtractor.create(Lexicon.of(List.of(
                    entry(EntityType.DATASET, "sst", "SST", "Stanford Sentiment Treebank"))),
                    ExtractorConfig.defaults().withBuiltinTerms(false));
            Extraction e = withSst.extract(paper("A study", "In this work, we introduce a pretrained 3D backbone, "
                    + "called SST, for 3D indoor scene understanding."));
            ExtractedEntity sst = named(e, "SST").orElseThrow();
            assertThat(sst.type()).isEqualTo(EntityType.METHOD);
            assertThat(sst.proposed()).isTrue();
            assertThat(sst.lexiconId()).as("not the sentiment treebank").isNull();
        }

        @Test
        void componentsNamedByTheirDescriptionInASentenceAboutTheWork() {
            Extraction e = extract("This framework uses the hybrid-attention distillation NMI-HAD as the target and "
                    + "a large-scale mixed dataset InfMix for pre-training.");
            assertThat(named(e, "NMI-HAD").orElseThrow().proposed()).isTrue();
            assertThat(named(e, "InfMix").orElseThrow()).satisfies(x -> {
                assertThat(x.proposed()).isTrue();
                assertThat(x.type()).isEqualTo(EntityType.DATASET);
            });
        }

        @Test
        void otherPeoplesProposalsAreNotThisPapers() {
            Extraction e = extract("BERT introduces RoBERTa-like pretraining. Prior work proposed XLNet. We compare "
                    + "with the recently proposed GraphMix approach.");
            assertThat(e.entities()).noneMatch(ExtractedEntity::proposed);
        }
    }

    @Nested
    class Results {

        @Test
        void percentMetricAndDataset() {
            ResultMention r = extract("Our model achieves 85.2% top-1 accuracy on ImageNet.").results().get(0);
            assertThat(r.metric()).isEqualTo("top-1 accuracy");
            assertThat(r.value()).isEqualByComparingTo("85.2");
            assertThat(r.unit()).isEqualTo("%");
            assertThat(r.valueText()).isEqualTo("85.2%");
            assertThat(r.delta()).isFalse();
            assertThat(r.dataset()).isEqualTo("ImageNet");
        }

        @Test
        void aMetricShapedPhraseTheLexiconLacksCountsInMetricPosition() {
            Extraction e = extract("The regressor reaches an RMSE of 0.31 on AudioSet, and the decoder a Chamfer "
                    + "distance of 1.2.");
            assertThat(e.results()).extracting(ResultMention::metric, ResultMention::valueText, ResultMention::dataset)
                    .contains(tuple("RMSE", "0.31", "AudioSet"), tuple("Chamfer distance", "1.2", "AudioSet"));  // the only dataset named
            assertThat(e.entities()).filteredOn(x -> x.type() == EntityType.METRIC).extracting(ExtractedEntity::name)
                    .contains("RMSE", "Chamfer distance");
        }

        @Test
        void countsAndSizesAreNoMetrics() {
            Extraction e = extract("We train with a batch size of 32 on a total of 500 images for a period of 3 days.");
            assertThat(e.results()).isEmpty();
            assertThat(e.entities()).filteredOn(x -> x.type() == EntityType.METRIC).isEmpty();
        }

        @Test
        void metricOfValueWithADefinedAcronym() {
            ResultMention r = extract("PANN reaches a mean average precision (mAP) of 0.439 on AudioSet.").results().get(0);
            assertThat(r.metric()).isEqualTo("mean average precision");
            assertThat(r.value()).isEqualByComparingTo("0.439");
            assertThat(r.unit()).isEmpty();
            assertThat(r.dataset()).isEqualTo("AudioSet");
        }

        @Test
        void scoresWithoutUnitAndWithComparators() {
            Extraction e = extract("The model achieves 28.4 BLEU and an FID of 3.17, and both solve the tasks "
                    + "(>99% accuracy).");
            assertThat(e.results()).extracting(ResultMention::metric, ResultMention::valueText, ResultMention::value)
                    .contains(tuple("BLEU", "28.4", new BigDecimal("28.4")),
                            tuple("FID", "3.17", new BigDecimal("3.17")),
                            tuple("accuracy", ">99%", new BigDecimal("99")));
        }

        @Test
        void deltasAreSignedAndFlagged() {
            Extraction e = extract("Our method improves PSNR by 2.55 dB and reduces the error, with a 0.4% "
                    + "accuracy loss.");
            assertThat(e.results()).extracting(ResultMention::metric, ResultMention::valueText, ResultMention::unit,
                    ResultMention::delta).contains(
                    tuple("PSNR", "+2.55 dB", "dB", true),
                    tuple("accuracy", "-0.4%", "%", true));
        }

        @Test
        void latexPercentResidueIsReadAsPercent() {
            ResultMention r = extract("It keeps 34.7\\% accuracy.").results().get(0);
            assertThat(r.value()).isEqualByComparingTo("34.7");
            assertThat(r.valueText()).isEqualTo("34.7%");
        }

        @Test
        void fromToGivesBothValuesAndEfficiencyRatiosAreNoResults() {
            Extraction e = extract("The top-1 accuracy on ImageNet improves from 75.2% to 79%. It keeps the top-1 "
                    + "accuracy with 7.5x fewer parameters and 9.4x faster inference.");
            assertThat(e.results()).extracting(ResultMention::valueText, ResultMention::delta)
                    .containsExactlyInAnyOrder(tuple("75.2%", false), tuple("79%", false));
        }

        @Test
        void numbersWithoutAMetricAreNoResults() {
            assertThat(extract("We use 12 layers, 3.5 million parameters and 60% of the data.").results()).isEmpty();
        }

        @Test
        void theProposedMethodOwnsResultsOfOurModel() {
            Extraction e = extract("We propose FooNet, a new network. Our model achieves 85.2% top-1 accuracy.");
            assertThat(e.results()).singleElement().satisfies(r -> assertThat(r.method()).isEqualTo("FooNet"));
        }
    }

    @Nested
    class Comparisons {

        @Test
        void namedWinnerBeatsNamedBaselines() {
            Extraction e = extract("We propose FooNet, a new network. FooNet outperforms ResNet-50 and BERT on "
                    + "ImageNet.");
            assertThat(e.comparisons()).extracting(Comparison::better, Comparison::baseline)
                    .containsExactly(tuple("FooNet", "ResNet-50"), tuple("FooNet", "BERT"));
        }

        @Test
        void ourModelMeansTheProposedOne() {
            Extraction e = extract("We introduce BarNet, a compact model. Our model surpasses ViT and RoBERTa.");
            assertThat(e.comparisons()).extracting(Comparison::better, Comparison::baseline)
                    .containsExactlyInAnyOrder(tuple("BarNet", "ViT"), tuple("BarNet", "RoBERTa"));
        }

        @Test
        void noComparisonWithoutANamedBaseline() {
            Extraction e = extract("We propose FooNet, a new network. FooNet outperforms state-of-the-art methods.");
            assertThat(e.comparisons()).isEmpty();
        }
    }

    @Nested
    class Tasks {

        @Test
        void taskPhrasesAreTrimmedToTheirName() {
            Extraction e = extract("We study named entity recognition and time series forecasting for efficient "
                    + "medical image segmentation.");
            assertThat(names(e, EntityType.TASK)).contains("named entity recognition", "time series forecasting",
                    "medical image segmentation").doesNotContain("efficient medical image segmentation");
        }

        @Test
        void isAChallengingTask() {
            Extraction e = extract("Video colorization is a challenging task that needs temporal consistency.");
            assertThat(names(e, EntityType.TASK)).contains("Video colorization");
        }

        @Test
        void tasksListedAfterTasksSuchAs() {
            Extraction e = extract("It helps downstream tasks such as clone detection, code search and code "
                    + "translation.");
            assertThat(names(e, EntityType.TASK)).contains("clone detection", "code search", "code translation");
        }
    }

    @Nested
    class Datasets {

        @Test
        void contextsThatNameDatasets() {
            Extraction e = extract("Experiments on CIFAR-100 and TinyBench show gains. We also use the Synapse "
                    + "multi-organ dataset and the R2R test set.");
            assertThat(names(e, EntityType.DATASET)).contains("CIFAR-100", "TinyBench", "Synapse", "R2R");
        }

        @Test
        void unknownNamesListedWithKnownDatasetsAreDatasets() {
            Extraction e = extract("For video-text tasks, we use ImageNet, How2QA, TVC, and YC2C.");
            assertThat(names(e, EntityType.DATASET)).contains("How2QA", "TVC", "YC2C");
        }

        @Test
        void basedOnNamesAMethodNotADataset() {
            Extraction e = extract("Our encoder is based on DeBERTa and evaluated on SuperBench.");
            assertThat(named(e, "DeBERTa").orElseThrow().type()).isEqualTo(EntityType.METHOD);
            assertThat(named(e, "SuperBench").orElseThrow().type()).isEqualTo(EntityType.DATASET);
        }
    }

    @Nested
    class CodeLinks_ {

        @Test
        void urlsInTheAbstractAreCodeLinks() {
            Extraction e = extract("Code is at https://github.com/foo/net. Project page: lamo2023.github.io is not a "
                    + "URL without a scheme, but https://lamo2023.github.io is.");
            assertThat(e.codeLinks()).extracting(CodeLink::url)
                    .containsExactly("https://github.com/foo/net", "https://lamo2023.github.io");
        }
    }
}
