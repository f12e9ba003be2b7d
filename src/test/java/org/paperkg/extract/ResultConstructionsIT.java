package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.paperkg.extract.CoreNlpExtractorIT.entry;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.paperkg.domain.EntityType;
import org.paperkg.ingest.Paper;
import org.paperkg.ingest.SourceRef;
import org.paperkg.link.EntityResolver;
import org.paperkg.link.ResourceIris;
import org.paperkg.rdf.PaperGraphBuilder;

/**
 * The constructions English abstracts state numeric results with, one test each, on sentences
 * written for the purpose: aligned value lists, values in brackets and ranges, metric-shaped
 * phrases the lexicon lacks, changes with their sign, and whose result a value is. The extractor
 * is the real CoreNLP one with a small lexicon, loaded once for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultConstructionsIT {

    private static final List<LexiconEntry> ENTRIES = List.of(
            entry(EntityType.METHOD, "resnet-50", "ResNet-50"),
            entry(EntityType.METHOD, "resnet-18", "ResNet-18"),
            entry(EntityType.METHOD, "vit-b", "ViT-B"),
            entry(EntityType.DATASET, "imagenet", "ImageNet"),
            entry(EntityType.DATASET, "coco", "COCO"),
            entry(EntityType.DATASET, "lvis", "LVIS"),
            entry(EntityType.DATASET, "objects365", "Objects365"),
            entry(EntityType.DATASET, "cifar-10", "CIFAR-10"),
            entry(EntityType.DATASET, "cityscapes", "Cityscapes"),
            entry(EntityType.DATASET, "ade20k", "ADE20K"),
            entry(EntityType.DATASET, "wmt14", "WMT14"),
            entry(EntityType.METRIC, "accuracy", "accuracy"),
            entry(EntityType.METRIC, "top-1-accuracy", "top-1 accuracy"),
            entry(EntityType.METRIC, "map", "mean average precision", "mAP"),
            entry(EntityType.METRIC, "miou", "mean intersection over union", "mIoU"),
            entry(EntityType.METRIC, "f1", "F1"),
            entry(EntityType.METRIC, "bleu", "BLEU"),
            entry(EntityType.METRIC, "flops", "FLOPs"),
            entry(EntityType.METRIC, "error", "error"),
            entry(EntityType.METRIC, "wer", "word error rate", "WER"));

    private CoreNlpExtractor extractor;

    @BeforeAll
    void load() {
        extractor = CoreNlpExtractor.create(Lexicon.of(ENTRIES), ExtractorConfig.defaults().withBuiltinTerms(false));
    }

    @AfterAll
    void close() {
        extractor.close();
    }

    private static Paper paper(String abstractText) {
        return new Paper(null, "LiteNet: a light network", abstractText, "LiteNet: a light network", abstractText,
                null, null, null, List.of(), new SourceRef("ResultConstructionsIT", 1));
    }

    private List<ResultMention> results(String abstractText) {
        return extractor.extract(paper(abstractText)).results();
    }

    // Aligned lists: one result per value, each with the dataset or method in the same place.

    @Test
    void barListsAlignValuesWithTheMethodsTheyBelongTo() {
        assertThat(results("The backbones reach 71.0%|74.6%|77.9% top-1 accuracy for ResNet-18|ResNet-50|ViT-B "
                + "on ImageNet."))
                .extracting(ResultMention::metric, ResultMention::valueText, ResultMention::method,
                        ResultMention::dataset)
                .containsExactlyInAnyOrder(
                        tuple("top-1 accuracy", "71.0%", "ResNet-18", "ImageNet"),
                        tuple("top-1 accuracy", "74.6%", "ResNet-50", "ImageNet"),
                        tuple("top-1 accuracy", "77.9%", "ViT-B", "ImageNet"));
    }

    @Test
    void slashListsAlignValuesWithDatasetsAndShareTheUnit() {
        assertThat(results("The detector obtains mAP scores of 45.2/47.9% on COCO/LVIS."))
                .extracting(ResultMention::metric, ResultMention::valueText, ResultMention::dataset)
                .containsExactlyInAnyOrder(tuple("mAP", "45.2%", "COCO"), tuple("mAP", "47.9%", "LVIS"));
    }

    @Test
    void respectivelyAlignsACommaListWithADatasetList() {
        assertThat(results("The detector obtains 38.1, 40.5 and 52.0 mAP on COCO, LVIS and Objects365, "
                + "respectively."))
                .extracting(ResultMention::valueText, ResultMention::dataset)
                .containsExactlyInAnyOrder(tuple("38.1", "COCO"), tuple("40.5", "LVIS"),
                        tuple("52.0", "Objects365"));
    }

    @Test
    void achievingTwoValuesOnTwoDatasets() {
        assertThat(results("The segmenter is fast, achieving 82.1 and 47.3 mIoU on Cityscapes and ADE20K."))
                .extracting(ResultMention::valueText, ResultMention::dataset)
                .containsExactlyInAnyOrder(tuple("82.1", "Cityscapes"), tuple("47.3", "ADE20K"));
    }

    @Test
    void aListOfModelsOwnsTheListOfValues() {
        assertThat(results("ResNet-50 and ViT-B reach 81.2 and 79.4 top-1 accuracy on ImageNet."))
                .extracting(ResultMention::valueText, ResultMention::method, ResultMention::dataset)
                .containsExactlyInAnyOrder(tuple("81.2", "ResNet-50", "ImageNet"),
                        tuple("79.4", "ViT-B", "ImageNet"));
    }

    @Test
    void valuesWithoutAListToAlignWithShareTheOneDataset() {
        assertThat(results("On ImageNet, the classifier reaches 80.1/95.2% top-1 accuracy."))
                .extracting(ResultMention::valueText, ResultMention::dataset)
                .containsExactlyInAnyOrder(tuple("80.1%", "ImageNet"), tuple("95.2%", "ImageNet"));
    }

    // Single values: plain, in brackets, ranges.

    @Test
    void valueMetricOnDatasetAndMetricOfValueOnDataset() {
        assertThat(results("The classifier attains 85.2% accuracy on CIFAR-10. The detector reaches an "
                + "accuracy of 91.3 on COCO."))
                .extracting(ResultMention::metric, ResultMention::valueText, ResultMention::dataset)
                .containsExactlyInAnyOrder(tuple("accuracy", "85.2%", "CIFAR-10"), tuple("accuracy", "91.3", "COCO"));
    }

    @Test
    void theDatasetAfterThePartOfItThatWasMeasured() {
        assertThat(results("The recogniser reaches BLEU scores of 30.1/27.5 on the clean and noisy test sets of "
                + "WMT14."))
                .extracting(ResultMention::valueText, ResultMention::dataset)
                .containsExactlyInAnyOrder(tuple("30.1", "WMT14"), tuple("27.5", "WMT14"));
    }

    @Test
    void aValueInBracketsIsAResult() {
        assertThat(results("The classifier stays robust on CIFAR-10 (85.2% accuracy) under noise."))
                .extracting(ResultMention::metric, ResultMention::valueText, ResultMention::dataset)
                .containsExactly(tuple("accuracy", "85.2%", "CIFAR-10"));
    }

    @Test
    void aMetricAndItsValueInBracketsNeedNoOf() {
        assertThat(results("Plain grades carry little signal (F1 0.57), while the detector does well (mAP: 45.2) "
                + "on COCO."))
                .extracting(ResultMention::metric, ResultMention::valueText)
                .containsExactlyInAnyOrder(tuple("F1", "0.57"), tuple("mAP", "45.2"));
    }

    @Test
    void aRangeIsOneValue() {
        assertThat(results("Across seeds the classifier reaches 84.1-85.3% accuracy on CIFAR-10."))
                .extracting(ResultMention::metric, ResultMention::valueText, ResultMention::unit)
                .containsExactly(tuple("accuracy", "84.1-85.3%", "%"));
    }

    // Metric-shaped phrases in metric position.

    @Test
    void metricShapedPhrasesTheLexiconLacks() {
        assertThat(results("The regressor has a mean absolute error of 0.52 on ImageNet, a balanced accuracy of "
                + "0.91, and a success rate of 64%."))
                .extracting(ResultMention::metric, ResultMention::valueText)
                .contains(tuple("mean absolute error", "0.52"), tuple("balanced accuracy", "0.91"),
                        tuple("success rate", "64%"));
    }

    @Test
    void hyperparametersAreNoMetricShapedPhrases() {
        assertThat(results("We train with a learning rate of 0.001, a dropout rate of 0.1 and a weight decay of "
                + "0.05.")).isEmpty();
    }

    // Changes, with their sign.

    @Test
    void relativeImprovementInAMetric() {
        assertThat(results("Fine-tuning gives a 10% relative improvement in BLEU on WMT14."))
                .extracting(ResultMention::metric, ResultMention::valueText, ResultMention::delta,
                        ResultMention::dataset)
                .containsExactly(tuple("BLEU", "+10%", true, "WMT14"));
    }

    @Test
    void verbByValueWithTheSignOfTheVerb() {
        assertThat(results("Pruning improves F1 by 2.1 points and reduces WER by 34.7%."))
                .extracting(ResultMention::metric, ResultMention::valueText, ResultMention::delta)
                .containsExactlyInAnyOrder(tuple("F1", "+2.1 points", true), tuple("WER", "-34.7%", true));
    }

    @Test
    void aChangeOfSomethingThatIsNoMetricDoesNotBorrowAnEarlierMetric() {
        // "FLOPs" is a generic name here, no metric: the 34.7% must not become a change of F1
        assertThat(results("Pruning improves F1 by 2.1 points and reduces FLOPs by 34.7%."))
                .extracting(ResultMention::metric, ResultMention::valueText)
                .containsExactly(tuple("F1", "+2.1 points"));
    }

    @Test
    void aReductionInAMetricOfAValue() {
        assertThat(results("Pruning yields a reduction in error of 12% on CIFAR-10."))
                .extracting(ResultMention::metric, ResultMention::valueText, ResultMention::delta)
                .containsExactly(tuple("error", "-12%", true));
    }

    @Test
    void outperformingByAValueTakesTheMetricOfTheSentencesResult() {
        assertThat(results("We propose LiteNet. LiteNet reaches an accuracy of 80.2% on ImageNet, outperforming "
                + "the strong baseline ResNet-50 with the same training data by 4.1%."))
                .extracting(ResultMention::metric, ResultMention::valueText, ResultMention::delta,
                        ResultMention::method)
                .containsExactlyInAnyOrder(tuple("accuracy", "80.2%", false, "LiteNet"),
                        tuple("accuracy", "+4.1%", true, "LiteNet"));
    }

    @Test
    void fromToGivesTheNewValue() {
        assertThat(results("Our changes raise the F1 from 0.610 to 0.702."))
                .extracting(ResultMention::valueText, ResultMention::delta)
                .contains(tuple("0.702", false));
    }

    @Test
    void aSecondFromToWhoseMetricTheLexiconLacksDoesNotTakeTheFirstOnesMetric() {
        assertThat(results("LiteNet improves from 51.1-52.3% to 72.6% overall accuracy and from 116 to 145 in "
                + "poster density."))
                .extracting(ResultMention::metric, ResultMention::valueText)
                .containsExactlyInAnyOrder(tuple("accuracy", "51.1-52.3%"), tuple("accuracy", "72.6%"));
    }

    @Test
    void aChangeOfWithASecondValueForAnotherPart() {
        assertThat(results("Pretraining gives an increase in F1 of 3.00% for small objects and 0.89% for large "
                + "objects."))
                .extracting(ResultMention::metric, ResultMention::valueText, ResultMention::delta)
                .containsExactlyInAnyOrder(tuple("F1", "+3.00%", true), tuple("F1", "+0.89%", true));
    }

    @Test
    void speedRatiosAreNoResults() {
        assertThat(results("The kernel is 2.3x faster than the baseline.")).isEmpty();
    }

    // Whose result it is.

    @Test
    void firstPersonAndThisFrameworkMeanTheProposedMethod() {
        assertThat(results("We propose LiteNet, a light network. With it we achieve 40.1 BLEU on WMT14. This "
                + "framework reaches 82.1 mIoU on Cityscapes."))
                .extracting(ResultMention::valueText, ResultMention::method)
                .containsExactlyInAnyOrder(tuple("40.1", "LiteNet"), tuple("82.1", "LiteNet"));
    }

    @Test
    void aNamedBaselineAfterTheValueDoesNotOwnIt() {
        assertThat(results("We propose LiteNet. Our model obtains 80.2% accuracy on ImageNet, unlike ResNet-50."))
                .extracting(ResultMention::valueText, ResultMention::method)
                .containsExactly(tuple("80.2%", "LiteNet"));
    }

    // The graph.

    @Test
    void alignedResultsBecomeResultNodesWithValueMetricDatasetAndMethod() {
        Paper p = paper("ResNet-50 and ViT-B reach 81.2 and 79.4 top-1 accuracy on ImageNet.");
        Extraction e = extractor.extract(p);
        PaperGraphBuilder builder = new PaperGraphBuilder(ResourceIris.defaults(),
                new EntityResolver(ResourceIris.defaults(), ENTRIES));
        Model m = builder.build("t-results", p, "hash", e);
        String query = """
                PREFIX pk: <https://w3id.org/paperkg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?value ?metric ?dataset ?method WHERE {
                  ?paper pk:reportsResult ?r .
                  ?r a pk:Result ; pk:value ?value ; pk:metric/rdfs:label ?metric ;
                     pk:dataset/rdfs:label ?dataset ; pk:method/rdfs:label ?method .
                } ORDER BY ?value""";
        try (QueryExecution q = QueryExecution.model(m).query(query).build()) {
            List<String> rows = new ArrayList<>();
            q.execSelect().forEachRemaining(s -> rows.add(row(s)));
            assertThat(rows).containsExactly("79.4 top-1 accuracy ImageNet ViT-B",
                    "81.2 top-1 accuracy ImageNet ResNet-50");
        }
    }

    private static String row(QuerySolution s) {
        return s.getLiteral("value").getLexicalForm() + " " + s.getLiteral("metric").getString() + " "
                + s.getLiteral("dataset").getString() + " " + s.getLiteral("method").getString();
    }
}
