package org.paperkg.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.rdf.PK;
import org.paperkg.link.ResourceIris;
import org.paperkg.store.KgStore;
import org.paperkg.store.PaperWrite;

/**
 * A small hand-made knowledge graph for the export tests, in the shape paperkg builds (one named
 * graph per paper, each stating the type and label of the entities it links to, evidence nodes with
 * confidences), so the tests do not depend on extraction.
 *
 * <pre>
 * p1 Deep Residual Learning (2015-12-10): proposes ResNet .95; ImageNet .9; CIFAR-10 .6; top-5 error .8;
 *    image classification .9; object detection (no evidence)
 * p2 Attention Is All You Need (2017-06-12): proposes Transformer .95; WMT 2014 .9; BLEU .85;
 *    machine translation .9
 * p3 BERT (2018-10-11): proposes BERT .95; Transformer .7; SQuAD .9; GLUE .5; F1 .8;
 *    BERT outperforms Transformer (.7)
 * p4 A study of ResNets and Transformers (listing day --03-12, no year): ResNet .9; ResNet-50 .8;
 *    Transformer .4; ImageNet .9; CIFAR-10 .9
 * ResNet-50 skos:broader ResNet
 * </pre>
 */
public final class ExportFixture {

    public static final ResourceIris IRIS = ResourceIris.defaults();

    private final List<PaperWrite> writes = new ArrayList<>();

    private ExportFixture() {
    }

    /** Opens a store in {@code dir} holding the fixture graph. */
    public static KgStore store(Path dir) {
        KgStore store = KgStore.open(dir, IRIS);
        store.write(new ExportFixture().papers());
        return store;
    }

    public static String entity(String path) {
        return IRIS.base() + path;
    }

    public static String paper(String id) {
        return IRIS.paper(id);
    }

    private List<PaperWrite> papers() {
        new Paper("p1", "Deep Residual Learning for Image Recognition").issued("2015-12-10")
                .link("method/resnet", "ResNet", PK.Method, 0.95, true)
                .link("dataset/imagenet", "ImageNet", PK.Dataset, 0.9, false)
                .link("dataset/cifar-10", "CIFAR-10", PK.Dataset, 0.6, false)
                .link("metric/top-5-error", "top-5 error", PK.Metric, 0.8, false)
                .link("task/image-classification", "image classification", PK.Task, 0.9, false)
                .link("task/object-detection", "object detection", PK.Task, -1, false)
                .done();
        new Paper("p2", "Attention Is All You Need").issued("2017-06-12")
                .link("method/transformer", "Transformer", PK.Method, 0.95, true)
                .link("dataset/wmt-2014", "WMT 2014", PK.Dataset, 0.9, false)
                .link("metric/bleu", "BLEU", PK.Metric, 0.85, false)
                .link("task/machine-translation", "machine translation", PK.Task, 0.9, false)
                .done();
        Paper p3 = new Paper("p3", "BERT: Pre-training of Deep Bidirectional Transformers").issued("2018-10-11")
                .link("method/bert", "BERT", PK.Method, 0.95, true)
                .link("method/transformer", "Transformer", PK.Method, 0.7, false)
                .link("dataset/squad", "SQuAD", PK.Dataset, 0.9, false)
                .link("dataset/glue", "GLUE", PK.Dataset, 0.5, false)
                .link("metric/f1", "F1", PK.Metric, 0.8, false);
        p3.outperforms("method/bert", "method/transformer", 0.7);
        p3.done();
        Paper p4 = new Paper("p4", "A study of ResNets, Transformers & \"friends\" <at scale>").listing("--03-12")
                .link("method/resnet", "ResNet", PK.Method, 0.9, false)
                .link("method/resnet-50", "ResNet-50", PK.Method, 0.8, false)
                .link("method/transformer", "Transformer", PK.Method, 0.4, false)
                .link("dataset/imagenet", "ImageNet", PK.Dataset, 0.9, false)
                .link("dataset/cifar-10", "CIFAR-10", PK.Dataset, 0.9, false);
        p4.m.add(p4.m.createResource(entity("method/resnet-50")), SKOS.broader, p4.m.createResource(entity("method/resnet")));
        p4.done();
        return writes;
    }

    /** One paper's named graph under construction. */
    private final class Paper {
        private final String id;
        private final Model m = ModelFactory.createDefaultModel();
        private final Resource p;
        private int evidence;

        Paper(String id, String title) {
            this.id = id;
            this.p = m.createResource(IRIS.paper(id)).addProperty(RDF.type, PK.Paper)
                    .addProperty(DCTerms.title, title).addProperty(RDFS.label, title);
        }

        Paper issued(String date) {
            p.addLiteral(DCTerms.issued, m.createTypedLiteral(date, XSDDatatype.XSDdate));
            return this;
        }

        Paper listing(String day) {
            p.addLiteral(PK.listingDate, m.createTypedLiteral(day, XSDDatatype.XSDgMonthDay));
            return this;
        }

        /** A link to an entity with one evidence node of confidence {@code c}, or none when {@code c < 0}. */
        Paper link(String path, String label, Resource type, double c, boolean proposed) {
            Resource e = m.createResource(entity(path)).addProperty(RDF.type, type).addProperty(RDFS.label, label);
            Property link = type.equals(PK.Method) ? PK.usesMethod : type.equals(PK.Dataset) ? PK.usesDataset
                    : type.equals(PK.Metric) ? PK.usesMetric : PK.addressesTask;
            p.addProperty(link, e);
            if (c >= 0) {
                evidence(p, link, e, c);
            }
            if (proposed) {
                p.addProperty(PK.proposes, e);
                evidence(p, PK.proposes, e, c);
            }
            return this;
        }

        void outperforms(String winner, String loser, double c) {
            Resource w = m.createResource(entity(winner));
            Resource l = m.createResource(entity(loser));
            w.addProperty(PK.outperforms, l);
            evidence(w, PK.outperforms, l, c);
        }

        private void evidence(Resource s, Property pred, Resource o, double c) {
            m.createResource(IRIS.evidence(p.getURI(), ++evidence)).addProperty(RDF.type, PK.Evidence)
                    .addProperty(RDF.subject, s).addProperty(RDF.predicate, pred).addProperty(RDF.object, o)
                    .addProperty(PK.inPaper, p)
                    .addLiteral(PK.confidence, m.createTypedLiteral(Double.toString(c), XSDDatatype.XSDdecimal))
                    .addProperty(PK.sentence, "A sentence of " + id + ".");
        }

        void done() {
            writes.add(new PaperWrite.Replace(IRIS.paperGraph(id), m));
        }
    }
}
