package org.paperkg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.link.ResourceIris;
import org.paperkg.store.KgStore;
import org.paperkg.testing.BuiltStores;

/**
 * The catalogue on the graph {@code paperkg build examples} makes, with the standard extractor.
 * Every expected answer below was checked against the abstracts in {@code examples/} and
 * {@code src/test/resources/examples-facts.tsv} (the comment says where it comes from); where
 * the extractor misses a fact the file lists, the test asserts only what the text and the graph
 * agree on, and says so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExamplesCatalogueIT {

    private static final String BERT = "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding";

    private KgStore store;
    private CatalogueRunner runner;

    @BeforeAll
    void build(@TempDir Path dir) throws IOException {
        store = KgStore.open(BuiltStores.build(dir.resolve("db"), BuiltStores.examples()), ResourceIris.defaults());
        runner = new CatalogueRunner(QueryCatalogue.load(), SparqlTarget.local(store.dataset()), ResourceIris.defaults());
    }

    @AfterAll
    void close() {
        store.close();
    }

    private QueryResultTable run(String name, String... params) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String p : params) {
            String[] kv = p.split("=", 2);
            values.put(kv[0], kv[1]);
        }
        return runner.table(runner.bind(name, values), 10_000);
    }

    private static List<String> rows(QueryResultTable t, String... columns) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            List<String> cells = new ArrayList<>();
            for (String c : columns) {
                cells.add(t.text(i, c));
            }
            out.add(String.join(" | ", cells));
        }
        return out;
    }

    @Test
    void leaderboardRanksTopOneAccuracyHighestFirst() {
        // examples-facts.tsv: the six top-1 accuracy results on ImageNet (ImageNet-1K is an alias).
        assertThat(rows(run("leaderboard", "dataset=ImageNet", "metric=top-1 accuracy"), "value", "title"))
                .containsExactly(
                        "88.55 | An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
                        "87.8 | Masked Autoencoders Are Scalable Vision Learners",
                        "87.3 | Swin Transformer: Hierarchical Vision Transformer using Shifted Windows",
                        "84.3 | EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks",
                        "76.5 | A Simple Framework for Contrastive Learning of Visual Representations",
                        "76.2 | Learning Transferable Visual Models From Natural Language Supervision");
    }

    @Test
    void leaderboardRanksAnErrorLowestFirst() {
        // ResNet: "3.57% top-5 error"; Batch Normalization: "4.9% top-5 validation error".
        QueryResultTable t = run("leaderboard", "dataset=ImageNet", "metric=top-5 error");
        assertThat(rows(t, "value", "title")).startsWith("3.57 | Deep Residual Learning for Image Recognition")
                .contains("4.9 | Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift");
        List<Double> values = t.texts("value").stream().map(Double::valueOf).toList();
        assertThat(values).isSorted();
    }

    @Test
    void mostUsedDatasets() {
        // Nine abstracts name ImageNet (or ImageNet-1K) and five COCO (MS COCO, MS-COCO).
        assertThat(rows(run("top-datasets", "limit=2"), "label", "papers")).containsExactly("ImageNet | 9", "COCO | 5");
        assertThat(rows(run("papers-using", "entity=ImageNet"), "title")).containsExactlyInAnyOrder(
                "Deep Residual Learning for Image Recognition",
                "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift",
                "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
                "Learning Transferable Visual Models From Natural Language Supervision",
                "High-Resolution Image Synthesis with Latent Diffusion Models",
                "Swin Transformer: Hierarchical Vision Transformer using Shifted Windows",
                "Masked Autoencoders Are Scalable Vision Learners",
                "EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks",
                "A Simple Framework for Contrastive Learning of Visual Representations");
    }

    @Test
    void trendCountsImageNetPapersPerPeriod() {
        // Of the nine: two on the Jun 12 listing (ResNet, BatchNorm), five on the Apr 6 listing, EfficientNet
        // (2019-05-28) and SimCLR (2020-02-13, a month it shares with CodeBERT); every other period has none.
        Map<String, String> nonZero = new LinkedHashMap<>();
        QueryResultTable t = run("trend", "entity=ImageNet");
        for (int i = 0; i < t.size(); i++) {
            if (!t.text(i, "papers").equals("0")) {
                nonZero.put(t.text(i, "period"), t.text(i, "papers") + "/" + t.text(i, "allPapers"));
            }
        }
        assertThat(nonZero).containsExactly(Map.entry("--04-06", "5/10"), Map.entry("--06-12", "2/10"),
                Map.entry("2019-05", "1/1"), Map.entry("2020-02", "1/2"));
        assertThat(t.size()).isEqualTo(20);
    }

    @Test
    void coUsageOfFasterRcnnAndCoco() {
        // Faster R-CNN is named with COCO by the ResNet, Faster R-CNN and Mask R-CNN papers.
        assertThat(rows(run("methods-for-dataset", "dataset=COCO", "limit=1"), "label", "papers"))
                .containsExactly("Faster R-CNN | 3");
        assertThat(rows(run("method-dataset-matrix"), "methodLabel", "datasetLabel", "papers"))
                .contains("Faster R-CNN | COCO | 3");
        assertThat(rows(run("cooccurrence-network", "minPapers=3"), "sourceLabel", "targetLabel", "weight"))
                .contains("COCO | Faster R-CNN | 3");
    }

    @Test
    void fastestGrowingMethodsUseSharesOfDatedPapers() {
        // Five dated papers fall in 2015-2018 and eleven in 2019-2023; four of the eleven name the Transformer
        // (GPT-3, CodeBERT, FlashAttention, Whisper) and none of the five: growth 4/11 = 36.36 points.
        assertThat(rows(run("fastest-growing-methods", "limit=1"), "label", "earlierPapers", "laterPapers", "growth"))
                .containsExactly("Transformer | 0 | 4 | 36.36");
    }

    @Test
    void codeLinks() {
        // Twenty abstracts give code links, one of them two: 21 links.
        QueryResultTable t = run("papers-with-code");
        assertThat(t.size()).isEqualTo(21);
        assertThat(t.texts("paper").stream().distinct()).hasSize(20);
        assertThat(rows(t, "title", "repo")).contains("Attention Is All You Need | https://github.com/tensorflow/tensor2tensor");
    }

    @Test
    void newDatasets() {
        // StyleGAN releases FFHQ and RoBERTa collects CC-News (the facts also list C4, which the extractor
        // does not read as a proposal).
        assertThat(rows(run("new-artefacts"), "artefactKind", "label", "title")).contains(
                "dataset | FFHQ | A Style-Based Generator Architecture for Generative Adversarial Networks",
                "dataset | CC-News | RoBERTa: A Robustly Optimized BERT Pretraining Approach");
    }

    @Test
    void whatGcnOutperforms() {
        // "GCN outperforms label propagation, ManiReg, SemiEmb, DeepWalk and Planetoid".
        QueryResultTable t = run("outperforms", "method=GCN");
        assertThat(t.texts("baselineLabel"))
                .containsExactly("DeepWalk", "Label Propagation", "ManiReg", "Planetoid", "SemiEmb");
        assertThat(t.texts("proposed")).containsOnly("true");
        assertThat(t.texts("sentence")).allMatch(s -> s.contains("GCN outperforms label propagation"));
    }

    @Test
    void namesAndAcronyms() {
        // COCO is written "COCO", "MS COCO" (Faster R-CNN) and "MS-COCO" (Latent Diffusion).
        assertThat(rows(run("aliases"), "label", "names", "spellings")).contains("COCO | 3 | COCO | MS COCO | MS-COCO");
        assertThat(rows(run("acronyms", "limit=1000"), "acronym", "expansion"))
                .contains("LoRA | Low-Rank Adaptation", "GANs | generative adversarial networks",
                        "BERT | Bidirectional Encoder Representations from Transformers");
    }

    @Test
    void papersNearTheirNeighbours() {
        // RoBERTa revisits BERT: the BERT paper shares the most with it.
        assertThat(run("similar-papers", "paper=RoBERTa: A Robustly Optimized BERT Pretraining Approach").text(0, "title"))
                .isEqualTo(BERT);
        QueryResultTable hood = run("paper-neighbourhood", "paper=1412.6980");
        assertThat(rows(hood, "subject", "predicate", "object")).contains(
                "https://w3id.org/paperkg/resource/method/adam | https://w3id.org/paperkg/ontology#outperforms"
                        + " | https://w3id.org/paperkg/resource/method/adagrad",
                "https://w3id.org/paperkg/resource/paper/arxiv-1412.6980 | http://purl.org/dc/terms/title"
                        + " | Adam: A Method for Stochastic Optimization");
        assertThat(hood.texts("subject")).allMatch(s -> !s.contains("/paper/") || s.contains("arxiv-1412.6980"));
    }

    @Test
    void lowConfidenceFactsAreWeakestFirst() {
        QueryResultTable t = run("low-confidence-facts");
        List<Double> c = t.texts("confidence").stream().map(Double::valueOf).toList();
        assertThat(c).isNotEmpty().isSorted().allMatch(x -> x < 0.6);
    }

    @Test
    void everyQueryReturnsRows() {
        Map<String, String> params = Map.of("paper", "1412.6980");
        for (CatalogueQuery q : runner.catalogue().queries()) {
            Map<String, String> values = new LinkedHashMap<>();
            q.parameters().forEach(p -> {
                if (params.containsKey(p.name())) {
                    values.put(p.name(), params.get(p.name()));
                }
            });
            assertThat(runner.table(runner.bind(q, values), 10).size()).as(q.name()).isPositive();
        }
    }
}
