package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.domain.EntityType;

class LexiconTest {

    private static LexiconEntry entry(String id, EntityType type, String label, String... alts) {
        return new LexiconEntry("https://w3id.org/paperkg/resource/" + type.pathSegment() + "/" + id,
                type, label, List.of(alts), null);
    }

    private static final LexiconEntry RESNET50 = entry("resnet-50", EntityType.METHOD, "ResNet-50");
    private static final LexiconEntry RESNET = entry("resnet", EntityType.METHOD, "ResNet");
    private static final LexiconEntry SAM = entry("sam", EntityType.METHOD, "Segment Anything Model", "SAM");
    private static final LexiconEntry SAM_OPT = entry("sam-opt", EntityType.METHOD, "Sharpness-Aware Minimization", "SAM");
    private static final LexiconEntry PPO = entry("ppo", EntityType.METHOD, "Proximal Policy Optimization", "PPO");
    private static final LexiconEntry MAP = entry("map", EntityType.METRIC, "mean average precision", "mAP");
    private static final LexiconEntry TRANSFORMER = entry("transformer", EntityType.METHOD, "Transformer");
    private static final LexiconEntry LLM = entry("llm", EntityType.METHOD, "large language model", "LLM");
    private static final LexiconEntry VIT = entry("vit", EntityType.METHOD, "Vision Transformer", "ViT");

    private static final Lexicon LEX = Lexicon.of(List.of(RESNET50, RESNET, SAM, SAM_OPT, PPO, MAP, TRANSFORMER, LLM, VIT));

    private static List<String> toks(String s) {
        return Arrays.asList(s.split(" "));
    }

    @Test
    void hyphenSpaceAndGluedVariantsAreOneName() {
        assertThat(LEX.find("ResNet50")).contains(RESNET50);
        assertThat(LEX.find("ResNet-50")).contains(RESNET50);
        assertThat(LEX.find("ResNet 50")).contains(RESNET50);
        assertThat(LEX.find("resnet-50")).contains(RESNET50);
    }

    @Test
    void longestMatchWinsOverTheFamilyName() {
        List<Lexicon.Match> m = LEX.match(toks("we fine-tune ResNet - 50 and ResNet"));
        assertThat(m).extracting(Lexicon.Match::start, Lexicon.Match::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 5), org.assertj.core.groups.Tuple.tuple(6, 7));
        assertThat(m.get(0).entry()).isEqualTo(RESNET50);
        assertThat(m.get(1).entry()).isEqualTo(RESNET);
    }

    @Test
    void shortAcronymsAreCaseSensitive() {
        assertThat(LEX.find("PPO")).contains(PPO);
        assertThat(LEX.find("ppo")).isEmpty();
        assertThat(LEX.find("Ppo")).isEmpty();
        assertThat(LEX.find("mAP")).contains(MAP);
        assertThat(LEX.find("MAP")).isEmpty();
        assertThat(LEX.match(toks("I saw Sam and sam in the map"))).isEmpty();
    }

    @Test
    void longNamesAreCaseInsensitive() {
        assertThat(LEX.find("proximal policy optimization")).contains(PPO);
        assertThat(LEX.find("MEAN AVERAGE PRECISION")).contains(MAP);
        assertThat(LEX.match(toks("a vision transformer backbone"))).singleElement()
                .satisfies(m -> assertThat(m.entry()).isEqualTo(VIT));
    }

    @Test
    void aCapitalInTheLabelKeepsItFromMatchingAnOrdinaryLowerCaseWord() {
        assertThat(LEX.match(toks("pre-trained transformers are large"))).isEmpty();
        assertThat(LEX.match(toks("the Transformer architecture"))).singleElement()
                .satisfies(m -> assertThat(m.entry()).isEqualTo(TRANSFORMER));
    }

    @Test
    void pluralOfTheLastTokenIsTolerated() {
        assertThat(LEX.match(toks("recent LLMs and Transformers"))).extracting(Lexicon.Match::entry)
                .containsExactly(LLM, TRANSFORMER);
        assertThat(LEX.match(toks("large language models"))).singleElement()
                .satisfies(m -> assertThat(m.entry()).isEqualTo(LLM));
    }

    @Test
    void allCapitalLabelsAreCaseSensitiveWhateverTheirLength() {
        LexiconEntry interaction = entry("interaction", EntityType.DATASET, "INTERACTION");
        Lexicon lex = Lexicon.of(List.of(interaction));
        assertThat(lex.match(toks("more effective multi-modal interactions"))).isEmpty();
        assertThat(lex.match(toks("on the INTERACTION dataset"))).singleElement()
                .satisfies(m -> assertThat(m.entry()).isEqualTo(interaction));
    }

    @Test
    void shortWordsAreNotReadAsPlurals() {
        LexiconEntry imagenetA = entry("imagenet-a", EntityType.DATASET, "ImageNet-A");
        Lexicon lex = Lexicon.of(List.of(imagenetA));
        assertThat(lex.match(toks("on ImageNet as well as CIFAR"))).isEmpty();
        assertThat(lex.match(toks("on ImageNet - A"))).hasSize(1);
    }

    @Test
    void ambiguousNamesCarryEveryEntry() {
        Lexicon.Match m = LEX.match(toks("we prompt SAM with boxes")).get(0);
        assertThat(m.ambiguous()).isTrue();
        assertThat(m.entries()).containsExactly(SAM, SAM_OPT);
        assertThat(LEX.find("Segment Anything Model")).contains(SAM);
    }

    @Test
    void matchesDoNotCrossPunctuationOrStartOnAJoiner() {
        assertThat(LEX.match(toks("ResNet , 50"))).extracting(Lexicon.Match::entry).containsExactly(RESNET);
        assertThat(LEX.match(toks("- ResNet"))).extracting(Lexicon.Match::start).containsExactly(1);
    }

    @Test
    void fallbackAddsOnlyUnknownNames() {
        LexiconEntry builtinVit = entry("vit2", EntityType.METHOD, "ViT");
        LexiconEntry bleu = entry("bleu", EntityType.METRIC, "BLEU");
        Lexicon merged = LEX.withFallback(Lexicon.of(List.of(builtinVit, bleu)));
        assertThat(merged.find("ViT")).contains(VIT);
        assertThat(merged.find("BLEU")).contains(bleu);
        assertThat(merged.size()).isEqualTo(LEX.size() + 1);
    }

    @Test
    void emptyLexiconMatchesNothing() {
        assertThat(Lexicon.empty().match(toks("BERT"))).isEmpty();
        assertThat(Lexicon.of(List.of()).find("BERT")).isEmpty();
    }
}
