package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.paperkg.domain.EntityType;
import org.paperkg.ingest.Paper;
import org.paperkg.testing.SharedData;

/**
 * Regression tests on real abstracts of the seed listings (our dev data): the key facts that a
 * rule change must not lose. The curated lexicon ({@code ontology/lexicon/*.ttl}) is used when
 * the checkout has it; every assertion here also holds with the built-in terms alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedAbstractsIT {

    private CoreNlpExtractor extractor;

    @BeforeAll
    void load() throws IOException {
        Path lexicon = Path.of("ontology", "lexicon");
        List<LexiconEntry> entries = Files.isDirectory(lexicon) ? LexiconFiles.read(lexicon) : List.of();
        extractor = CoreNlpExtractor.create(Lexicon.of(entries), ExtractorConfig.defaults());
    }

    @AfterAll
    void close() {
        extractor.close();
    }

    private Extraction extract(String seedFile, String titleStart) throws IOException {
        Paper p = SeedPapers.find(SharedData.require("seeds/" + seedFile), titleStart);
        return extractor.extract(p);
    }

    private static ExtractedEntity entity(Extraction e, String name) {
        return e.entities().stream().filter(x -> x.name().equals(name) || x.aliases().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity '" + name + "' in " + e.entities().stream()
                        .map(ExtractedEntity::name).toList()));
    }

    @Test
    void zeroTPruneProposesAMethodAndDefinesWeightedPageRank() throws IOException {
        Extraction e = extract("000_d34b117840f21116.txt", "Zero-TPrune:");
        ExtractedEntity zero = entity(e, "Zero-TPrune");
        assertThat(zero.type()).isEqualTo(EntityType.METHOD);
        assertThat(zero.proposed()).isTrue();
        assertThat(zero.evidence()).anySatisfy(ev -> assertThat(ev.section()).isEqualTo(Section.TITLE));
        ExtractedEntity wpr = entity(e, "Weighted Page Rank");
        assertThat(wpr.aliases()).contains("WPR");
        assertThat(wpr.type()).isEqualTo(EntityType.METHOD);
        assertThat(entity(e, "ImageNet").type()).isEqualTo(EntityType.DATASET);
        assertThat(e.results()).extracting(ResultMention::metric, ResultMention::valueText, ResultMention::delta)
                .contains(tuple("accuracy", "-0.4%", true));
    }

    @Test
    void dynaBabiKeepsTheComparatorOfItsAccuracy() throws IOException {
        Extraction e = extract("000_d34b117840f21116.txt", "Dyna-bAbI:");
        assertThat(entity(e, "Dyna-bAbI").proposed()).isTrue();
        assertThat(entity(e, "bAbI").type()).isEqualTo(EntityType.DATASET);
        assertThat(e.results()).extracting(ResultMention::metric, ResultMention::valueText, ResultMention::dataset)
                .contains(tuple("accuracy", ">99%", "bAbI"));
        ResultMention r = e.results().stream().filter(x -> x.valueText().equals(">99%")).findFirst().orElseThrow();
        assertThat(r.value()).isEqualByComparingTo("99");
        assertThat(r.unit()).isEqualTo("%");
    }

    @Test
    void codeLinkAtTheEndOfAnAbstract() throws IOException {
        Extraction e = extract("003_220bb6be0e7b65c4.txt", "Discriminative Class Tokens");
        assertThat(e.codeLinks()).extracting(CodeLink::url)
                .containsExactly("https://github.com/idansc/discriminative_class_tokens");
    }

    @Test
    void lamoIsDefinedByItsMixedCaseAcronymAndLinksAProjectPage() throws IOException {
        Extraction e = extract("000_d34b117840f21116.txt", "Unleashing the Power of Pre-trained Language Models");
        ExtractedEntity lamo = entity(e, "LaMo");
        assertThat(lamo.name()).isEqualTo("Language Models for Motion Control");
        assertThat(lamo.proposed()).isTrue();
        assertThat(lamo.type()).isEqualTo(EntityType.METHOD);
        assertThat(e.entities()).as("LoRA, or the lexicon's 'LoRA fine-tuning'")
                .anySatisfy(x -> {
                    assertThat(x.name()).startsWith("LoRA");
                    assertThat(x.type()).isEqualTo(EntityType.METHOD);
                });
        assertThat(e.codeLinks()).extracting(CodeLink::url).containsExactly("https://lamo2023.github.io");
    }

    @Test
    void outOfDistributionDetectionIsATaskWithItsAcronym() throws IOException {
        Extraction e = extract("000_d34b117840f21116.txt", "Can Pre-trained Networks Detect Familiar");
        ExtractedEntity ood = entity(e, "OOD detection");
        assertThat(ood.type()).isEqualTo(EntityType.TASK);
        assertThat(ood.name()).isEqualTo("Out-of-distribution detection");
        assertThat(e.codeLinks()).extracting(CodeLink::url).containsExactly("https://github.com/AtsuMiyai/PT-OOD");
    }

    @Test
    void unipNamesItsComponentsAndItsDelta() throws IOException {
        Extraction e = extract("000_d34b117840f21116.txt", "UNIP:");
        assertThat(entity(e, "UNIP").proposed()).isTrue();
        assertThat(entity(e, "InfMix").type()).isEqualTo(EntityType.DATASET);
        assertThat(entity(e, "LL-FPN").type()).isEqualTo(EntityType.METHOD);
        assertThat(e.results()).extracting(ResultMention::metric, ResultMention::valueText)
                .contains(tuple("mIoU", "+13.5%"));
    }

    @Test
    void videoRecognitionResultsWithDatasetAndTwoDeltas() throws IOException {
        Extraction e = extract("001_e17c8b2eef824017.txt", "Expanding Language-Image Pretrained Models");
        assertThat(e.results()).extracting(ResultMention::metric, ResultMention::valueText, ResultMention::dataset)
                .contains(tuple("top-1 accuracy", "87.1%", "Kinectics-400"),
                        tuple("top-1 accuracy", "+7.6%", null),
                        tuple("top-1 accuracy", "+14.9%", null));
        assertThat(e.codeLinks()).extracting(CodeLink::url).containsExactly("https://aka.ms/X-CLIP");
    }

    @Test
    void craftedAcronymOfAProposedMetric() throws IOException {
        Extraction e = extract("002_f651ff81aa8546c5.txt", "Building a Winning Team");
        ExtractedEntity osborn = entity(e, "OSBORN");
        assertThat(osborn.name()).isEqualTo("Optimal tranSport-based suBmOdular tRaNsferability metric");
        assertThat(osborn.type()).isEqualTo(EntityType.METRIC);
        assertThat(osborn.proposed()).isTrue();
    }

    @Test
    void newDatasetInCommasAndAnAcronymMetricWithItsValue() throws IOException {
        Extraction e = extract("001_e17c8b2eef824017.txt", "S2SNet:");
        ExtractedEntity s2s = entity(e, "S2S");
        assertThat(s2s.type()).isEqualTo(EntityType.DATASET);
        assertThat(s2s.proposed()).isTrue();
        assertThat(entity(e, "S2SNet").proposed()).isTrue();
        assertThat(e.results()).extracting(ResultMention::metric, ResultMention::valueText)
                .contains(tuple("accuracy", "92%"), tuple("Area Under Curve", "0.92"));
    }
}
