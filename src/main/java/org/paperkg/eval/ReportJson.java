package org.paperkg.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.paperkg.domain.Counts;
import org.paperkg.domain.EntityType;

/**
 * The JSON form of an {@link EvalReport}. Keys are spelled out here rather than derived from the
 * records, so that renaming a Java field cannot silently change what scripts read.
 */
final class ReportJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    static void print(EvalReport report, PrintWriter out, boolean verbose) {
        ObjectNode root = JSON.createObjectNode();
        root.put("extractor", report.extractorVersion());
        root.put("minConfidence", report.minConfidence());
        ArrayNode corpora = root.putArray("corpora");
        for (CorpusEvaluator.Result r : report.corpora()) {
            ObjectNode c = corpora.addObject();
            MentionScore m = r.mentions();
            c.put("file", m.file());
            c.put("corpus", m.profile().label());
            c.put("records", m.docs());
            ObjectNode types = c.putObject("types");
            for (EntityType t : m.types()) {
                ObjectNode o = types.putObject(t.label());
                counts(o.putObject("exact"), m.exact().get(t));
                counts(o.putObject("overlap"), m.overlap().get(t));
            }
            ObjectNode micro = c.putObject("micro");
            counts(micro.putObject("exact"), m.microExact());
            counts(micro.putObject("overlap"), m.microOverlap());
            r.salient().ifPresent(s -> salient(c.putObject("salientRecall"), s));
        }
        ArrayNode papers = root.putArray("papers");
        for (PaperScore p : report.papers()) {
            papers(papers.addObject(), p, verbose);
        }
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void salient(ObjectNode o, SalientRecall.Score s) {
        for (EntityType t : EntityType.values()) {
            recall(o.putObject(t.label()), s.byType().get(t));
        }
        recall(o.putObject("all"), s.overall());
    }

    private static void recall(ObjectNode o, SalientRecall.Recall r) {
        o.put("salient", r.total());
        o.put("found", r.found());
        o.put("recall", r.recall());
    }

    private static void papers(ObjectNode o, PaperScore s, boolean verbose) {
        o.put("file", s.file());
        o.put("goldPapers", s.papers().size() + s.notFound().size());
        o.put("found", s.papers().size());
        ArrayNode missing = o.putArray("notFound");
        s.notFound().forEach(g -> missing.addObject().put("gid", g.gid()).put("title", g.title()));
        ObjectNode fields = o.putObject("fields");
        for (Field f : Field.values()) {
            counts(fields.putObject(f.label()), s.total(f));
        }
        counts(o.putObject("overall"), s.overall());
        calibration(o.putObject("calibration"), s.calibration());
        if (verbose) {
            ArrayNode details = o.putArray("details");
            for (PaperOutcome p : s.papers()) {
                ObjectNode d = details.addObject();
                d.put("gid", p.gid());
                d.put("title", p.title());
                ObjectNode df = d.putObject("fields");
                for (FieldOutcome f : p.ordered().values()) {
                    ObjectNode x = df.putObject(f.field().label());
                    f.falsePositives().forEach(x.putArray("falsePositives")::add);
                    f.missed().forEach(x.putArray("falseNegatives")::add);
                }
            }
        }
    }

    private static void calibration(ObjectNode o, Calibration c) {
        ArrayNode buckets = o.putArray("buckets");
        for (Calibration.Bucket b : c.buckets()) {
            bucket(buckets.addObject(), b);
        }
        bucket(o.putObject("high"), c.high());
        o.put("target", Calibration.TARGET);
        o.put("meetsTarget", c.meetsTarget());
    }

    private static void bucket(ObjectNode o, Calibration.Bucket b) {
        o.put("low", b.low());
        o.put("high", b.high());
        o.put("facts", b.count());
        o.put("correct", b.correct());
        o.put("precision", b.precision());
    }

    private static void counts(ObjectNode o, Counts c) {
        o.put("tp", c.tp());
        o.put("fp", c.fp());
        o.put("fn", c.fn());
        o.put("precision", c.precision());
        o.put("recall", c.recall());
        o.put("f1", c.f1());
    }
}
