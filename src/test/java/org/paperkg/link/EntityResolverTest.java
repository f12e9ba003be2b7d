package org.paperkg.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.domain.EntityType;
import org.paperkg.extract.Evidence;
import org.paperkg.extract.ExtractedEntity;
import org.paperkg.extract.LexiconEntry;
import org.paperkg.extract.Section;

class EntityResolverTest {

    private static final String M = "https://w3id.org/paperkg/resource/method/";
    private static final List<LexiconEntry> LEXICON = List.of(
            new LexiconEntry(M + "resnet", EntityType.METHOD, "ResNet", List.of("Residual Network"), null),
            new LexiconEntry(M + "resnet-50", EntityType.METHOD, "ResNet-50", List.of("ResNet50"), M + "resnet"),
            new LexiconEntry(M + "lora", EntityType.METHOD, "LoRA", List.of("Low-Rank Adaptation"), null),
            new LexiconEntry("https://w3id.org/paperkg/resource/dataset/imagenet", EntityType.DATASET, "ImageNet",
                    List.of("ImageNet-1K"), null));

    private final EntityResolver resolver = new EntityResolver(ResourceIris.defaults(), LEXICON);

    private static ExtractedEntity entity(EntityType type, String name, List<String> aliases, String lexiconId) {
        Evidence ev = new Evidence(Section.ABSTRACT, 0, name.length(), name, "test", 0.9);
        return new ExtractedEntity(type, name, aliases, lexiconId, false, List.of(ev));
    }

    @Test
    void variantsOfALexiconNameResolveToItsEntry() {
        assertThat(resolver.resolve(entity(EntityType.METHOD, "Resnet 50", List.of(), null)).iri())
                .isEqualTo(M + "resnet-50");
        assertThat(resolver.resolve(entity(EntityType.METHOD, "ResNet50", List.of(), null)).inLexicon()).isTrue();
    }

    @Test
    void anAcronymOrItsLongFormFindsTheEntry() {
        ResolvedEntity byLong = resolver.resolve(entity(EntityType.METHOD, "Low-rank adaptation", List.of("LoRA"), null));
        ResolvedEntity byShort = resolver.resolve(entity(EntityType.METHOD, "Parameter-free LoRA variant", List.of("LoRA"), null));
        assertThat(byLong.iri()).isEqualTo(M + "lora");
        assertThat(byShort.iri()).isEqualTo(M + "lora");
    }

    @Test
    void theTypeIsPartOfTheLookup() {
        ResolvedEntity asMethod = resolver.resolve(entity(EntityType.METHOD, "ImageNet", List.of(), null));
        assertThat(asMethod.inLexicon()).isFalse();
        assertThat(asMethod.iri()).isEqualTo(M + "imagenet");
    }

    @Test
    void newNamesGetDeterministicSlugsAndTheirFamily() {
        ResolvedEntity member = resolver.resolve(entity(EntityType.METHOD, "ResNet-200", List.of(), null));
        assertThat(member.iri()).isEqualTo(M + "resnet-200");
        assertThat(member.inLexicon()).isFalse();
        assertThat(member.broaderIri()).isEqualTo(M + "resnet");
        ResolvedEntity fresh = resolver.resolve(entity(EntityType.METHOD, "Zero-TPrune", List.of(), null));
        assertThat(fresh.iri()).isEqualTo(M + "zero-tprune");
        assertThat(fresh.broaderIri()).isNull();
    }

    @Test
    void theExtractorsLexiconMatchWins() {
        ResolvedEntity r = resolver.resolve(entity(EntityType.METHOD, "a residual backbone", List.of(), M + "resnet"));
        assertThat(r.iri()).isEqualTo(M + "resnet");
    }

    @Test
    void anotherBaseRebasesLexiconIris() {
        EntityResolver other = new EntityResolver(ResourceIris.withBase("http://example.org/kg/"), LEXICON);
        assertThat(other.resolve(EntityType.DATASET, "ImageNet-1k").iri()).isEqualTo("http://example.org/kg/dataset/imagenet");
        assertThat(other.resolve(EntityType.DATASET, "Tiny Shapes").iri()).isEqualTo("http://example.org/kg/dataset/tiny-shape");
    }

    @Test
    void aPlainF1IsNotTheFScoreAtAThresholdWhicheverEntryComesFirst() {
        String metric = "https://w3id.org/paperkg/resource/metric/";
        LexiconEntry atTau = new LexiconEntry(metric + "f-score-at-tau", EntityType.METRIC, "F-score@τ",
                List.of("F-Score@1%", "F@1%"), metric + "f1");
        LexiconEntry f1 = new LexiconEntry(metric + "f1", EntityType.METRIC, "F1", List.of("F-1", "F1 score"), null);
        for (List<LexiconEntry> order : List.of(List.of(atTau, f1), List.of(f1, atTau))) {
            EntityResolver r = new EntityResolver(ResourceIris.defaults(), order);
            assertThat(r.resolve(EntityType.METRIC, "F1").iri()).isEqualTo(metric + "f1");
            assertThat(r.resolve(EntityType.METRIC, "F_1").iri()).isEqualTo(metric + "f1");
            assertThat(r.resolve(EntityType.METRIC, "F@1%").iri()).isEqualTo(metric + "f-score-at-tau");
        }
    }
}
