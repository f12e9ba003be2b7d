package org.paperkg.query;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.paperkg.extract.CodeLink;
import org.paperkg.extract.Comparison;
import org.paperkg.domain.EntityType;
import org.paperkg.extract.Evidence;
import org.paperkg.extract.ExtractedEntity;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.ResultMention;
import org.paperkg.extract.Section;
import org.paperkg.ingest.Paper;
import org.paperkg.ingest.SourceRef;
import org.paperkg.link.EntityResolver;
import org.paperkg.rdf.Lexicons;
import org.paperkg.rdf.PK;
import org.paperkg.rdf.PaperGraphBuilder;
import org.paperkg.link.ResourceIris;
import org.paperkg.store.KgStore;

/**
 * Four small papers whose facts are set by hand (not extracted), written through the same
 * {@link PaperGraphBuilder} as a build, with the curated lexicon and the ontology, into an
 * in-memory TDB2 dataset with the union default graph. Every answer the query tests expect
 * follows from the table below, so they test the queries and not the extractor.
 *
 * <pre>
 * paper        day         methods (conf)                  datasets (conf)              metric/task   results
 * alpha        2019-03-01  AlphaNet* .9, ResNet-50 .8      ImageNet .95                 accuracy, image classification   85.2% acc ImageNet (AlphaNet); +2.1% delta; code; AlphaNet beats ResNet-50
 * beta         2019-07-15  ResNet-50 .9                    ImageNet .9, CIFAR-10 .3     accuracy, image classification   80.0% acc ImageNet (ResNet-50)
 * gamma        --03-12     AlphaNet .9, ResNet-50 .9       GammaBench* .9, ImageNet .9  error rate, object detection     3.5% and 4.1% error ImageNet
 * delta        2018-01-10  residual networks|ResNets .9    ImageNet .9, CIFAR-10 .7     accuracy                         90.1% acc ImageNet at confidence .4
 * (* proposed)
 * </pre>
 */
public final class QueryFixture {

    public static final ResourceIris IRIS = ResourceIris.defaults();
    private static final String VERSION = "fixture-1";

    private QueryFixture() {
    }

    /** The four papers in a fresh in-memory dataset. */
    public static Dataset dataset() {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(ds, () -> graphs().forEach(ds::addNamedModel));
        return ds;
    }

    /** The four papers written into a TDB2 store in {@code dir}, as {@code paperkg build} leaves one. */
    public static void store(Path dir) {
        try (KgStore store = KgStore.open(dir, IRIS)) {
            graphs().forEach(store::replaceGraph);
        }
    }

    /** Graph name → graph: the ontology, the lexicon and one graph per paper. */
    private static Map<String, Model> graphs() {
        Lexicons lexicon = Lexicons.load(IRIS);
        PaperGraphBuilder builder = new PaperGraphBuilder(IRIS, new EntityResolver(IRIS, lexicon.entries()));
        Map<String, Model> graphs = new LinkedHashMap<>();
        graphs.put(PK.ONTOLOGY_IRI, ontology());
        graphs.put(IRIS.lexiconGraph(), lexicon.graph());
        for (Built b : papers()) {
            graphs.put(IRIS.paperGraph(b.id()), builder.build(b.id(), b.paper(), "hash-" + b.id(), b.extraction()));
        }
        return graphs;
    }

    private record Built(String id, Paper paper, Extraction extraction) {
    }

    private static List<Built> papers() {
        List<Built> out = new ArrayList<>();
        {
            String text = "We propose AlphaNet, a network for image classification. AlphaNet outperforms ResNet-50 on "
                    + "ImageNet with 85.2% accuracy, an improvement of 2.1% accuracy. Code is at https://github.com/example/alphanet.";
            Sentences s = new Sentences(text);
            out.add(new Built("arxiv-1901.00001",
                    paper("Alpha Networks", text, LocalDate.of(2019, 3, 1), null, "1901.00001"),
                    new Extraction(VERSION, List.of(
                            entity(EntityType.METHOD, "AlphaNet", List.of(), true, s.ev("AlphaNet", 0.9)),
                            entity(EntityType.METHOD, "ResNet-50", List.of(), false, s.ev("ResNet-50", 0.8)),
                            entity(EntityType.DATASET, "ImageNet", List.of(), false, s.ev("ImageNet", 0.95)),
                            entity(EntityType.METRIC, "accuracy", List.of(), false, s.ev("accuracy", 0.9)),
                            entity(EntityType.TASK, "image classification", List.of(), false,
                                    s.ev("image classification", 0.85))),
                            List.of(result("accuracy", "85.2", "85.2%", false, "ImageNet", "AlphaNet", s.ev("85.2%", 0.9)),
                                    result("accuracy", "2.1", "2.1%", true, "ImageNet", "AlphaNet", s.ev("2.1%", 0.9))),
                            List.of(new CodeLink("https://github.com/example/alphanet",
                                    s.ev("https://github.com/example/alphanet", 0.95))),
                            List.of(new Comparison("AlphaNet", "ResNet-50", s.ev("outperforms", 0.8))))));
        }
        {
            String text = "We study ResNet-50 on ImageNet and CIFAR-10 for image classification. ResNet-50 reaches "
                    + "80.0% accuracy on ImageNet.";
            Sentences s = new Sentences(text);
            out.add(new Built("arxiv-1907.00002",
                    paper("Beta Training", text, LocalDate.of(2019, 7, 15), null, "1907.00002"),
                    new Extraction(VERSION, List.of(
                            entity(EntityType.METHOD, "ResNet-50", List.of(), false, s.ev("ResNet-50", 0.9)),
                            entity(EntityType.DATASET, "ImageNet", List.of(), false, s.ev("ImageNet", 0.9)),
                            entity(EntityType.DATASET, "CIFAR-10", List.of(), false, s.ev("CIFAR-10", 0.3)),
                            entity(EntityType.METRIC, "accuracy", List.of(), false, s.ev("accuracy", 0.9)),
                            entity(EntityType.TASK, "image classification", List.of(), false,
                                    s.ev("image classification", 0.9))),
                            List.of(result("accuracy", "80.0", "80.0%", false, "ImageNet", "ResNet-50", s.ev("80.0%", 0.85))),
                            List.of(), List.of())));
        }
        {
            String text = "We introduce GammaBench, a benchmark for object detection. On ImageNet, AlphaNet has an error "
                    + "rate of 3.5% and ResNet-50 has an error rate of 4.1%.";
            Sentences s = new Sentences(text);
            out.add(new Built("t-gamma",
                    paper("GammaBench: A Benchmark for Object Detection", text, null, MonthDay.of(3, 12), null),
                    new Extraction(VERSION, List.of(
                            entity(EntityType.DATASET, "GammaBench", List.of(), true, s.ev("GammaBench", 0.9)),
                            entity(EntityType.TASK, "object detection", List.of(), false, s.ev("object detection", 0.9)),
                            entity(EntityType.DATASET, "ImageNet", List.of(), false, s.ev("ImageNet", 0.9)),
                            entity(EntityType.METHOD, "AlphaNet", List.of(), false, s.ev("AlphaNet", 0.9)),
                            entity(EntityType.METHOD, "ResNet-50", List.of(), false, s.ev("ResNet-50", 0.9)),
                            entity(EntityType.METRIC, "error rate", List.of(), false, s.ev("error rate", 0.9))),
                            List.of(result("error rate", "3.5", "3.5%", false, "ImageNet", "AlphaNet", s.ev("3.5%", 0.9)),
                                    result("error rate", "4.1", "4.1%", false, "ImageNet", "ResNet-50", s.ev("4.1%", 0.9))),
                            List.of(), List.of())));
        }
        {
            String text = "Residual networks (ResNets) reach 90.1% accuracy on ImageNet. We also evaluate on CIFAR-10.";
            Sentences s = new Sentences(text);
            out.add(new Built("arxiv-1801.00004",
                    paper("Delta Study", text, LocalDate.of(2018, 1, 10), null, "1801.00004"),
                    new Extraction(VERSION, List.of(
                            new ExtractedEntity(EntityType.METHOD, "Residual networks", List.of("ResNets"), null, false,
                                    List.of(s.ev("Residual networks", 0.9), s.ev("ResNets", 0.9))),
                            entity(EntityType.DATASET, "ImageNet", List.of(), false, s.ev("ImageNet", 0.9)),
                            entity(EntityType.DATASET, "CIFAR-10", List.of(), false, s.ev("CIFAR-10", 0.7)),
                            entity(EntityType.METRIC, "accuracy", List.of(), false, s.ev("accuracy", 0.9))),
                            List.of(result("accuracy", "90.1", "90.1%", false, "ImageNet", "Residual networks",
                                    s.ev("90.1%", 0.4))),
                            List.of(), List.of())));
        }
        return out;
    }

    private static Paper paper(String title, String text, LocalDate date, MonthDay listing, String arxiv) {
        return new Paper(arxiv, title, text, title, text, date, listing, arxiv, List.of("cs.LG"),
                new SourceRef("fixture.jsonl", 1));
    }

    private static ExtractedEntity entity(EntityType type, String name, List<String> aliases, boolean proposed,
            Evidence ev) {
        return new ExtractedEntity(type, name, aliases, null, proposed, List.of(ev));
    }

    private static ResultMention result(String metric, String value, String text, boolean delta, String dataset,
            String method, Evidence ev) {
        return new ResultMention(metric, new BigDecimal(value), "%", text, delta, dataset, method, ev);
    }

    /** Evidence for the first mention of a string in an abstract, with the sentence around it. */
    private record Sentences(String text) {
        Evidence ev(String mention, double confidence) {
            int start = text.indexOf(mention);
            if (start < 0) {
                throw new IllegalArgumentException("'" + mention + "' is not in the fixture text");
            }
            int from = text.lastIndexOf(". ", start) + 1;
            int to = text.indexOf(". ", start);
            String sentence = text.substring(from, to < 0 ? text.length() : to + 1).strip();
            return new Evidence(Section.ABSTRACT, start, start + mention.length(), sentence, "fixture", confidence);
        }
    }

    private static Model ontology() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = QueryFixture.class.getResourceAsStream("/ontology/paperkg.ttl")) {
            RDFDataMgr.read(m, in, PK.ONTOLOGY_IRI, Lang.TURTLE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return m;
    }
}
