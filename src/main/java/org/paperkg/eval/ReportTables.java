package org.paperkg.eval;

import static org.paperkg.eval.TextTable.score;

import java.io.PrintWriter;
import java.util.Map;
import org.paperkg.domain.Counts;
import org.paperkg.domain.EntityType;

/** The table form of an {@link EvalReport}. */
final class ReportTables {

    private ReportTables() {
    }

    static void print(EvalReport report, PrintWriter out, boolean verbose) {
        out.println("paperkg eval: " + report.describeRun());
        for (CorpusEvaluator.Result r : report.corpora()) {
            mentions(r.mentions(), out);
            r.salient().ifPresent(s -> salient(s, out));
        }
        for (PaperScore p : report.papers()) {
            papers(p, out, verbose);
            calibration(p.calibration(), out);
        }
    }

    private static void mentions(MentionScore s, PrintWriter out) {
        out.println();
        out.printf("== Mentions: %s (%s, %d records)%n", s.file(), s.profile().label(), s.docs());
        TextTable t = new TextTable("type", "gold", "exact-pred", "exact-P", "exact-R", "exact-F1",
                "overlap-P", "overlap-R", "overlap-F1");
        for (EntityType type : s.types()) {
            mentionRow(t, type.label(), s.exact().get(type), s.overlap().get(type));
        }
        mentionRow(t, "micro", s.microExact(), s.microOverlap());
        t.print(out, "");
    }

    private static void mentionRow(TextTable t, String label, Counts exact, Counts overlap) {
        t.row(label, exact.gold(), exact.predicted(), score(exact.precision()), score(exact.recall()),
                score(exact.f1()), score(overlap.precision()), score(overlap.recall()), score(overlap.f1()));
    }

    private static void salient(SalientRecall.Score s, PrintWriter out) {
        out.println();
        out.printf("== Salient-entity recall: %s (%d records)%n", s.file(), s.docs());
        TextTable t = new TextTable("type", "salient", "found", "recall");
        for (EntityType type : EntityType.values()) {
            SalientRecall.Recall r = s.byType().get(type);
            t.row(type.label(), r.total(), r.found(), score(r.recall()));
        }
        SalientRecall.Recall all = s.overall();
        t.row("all", all.total(), all.found(), score(all.recall()));
        t.print(out, "");
    }

    private static void papers(PaperScore s, PrintWriter out, boolean verbose) {
        out.println();
        out.printf("== Papers: %s (%d gold papers, %d found in the inputs)%n",
                s.file(), s.papers().size() + s.notFound().size(), s.papers().size());
        TextTable t = new TextTable("field", "TP", "FP", "FN", "P", "R", "F1");
        for (Field f : Field.values()) {
            countsRow(t, f.label(), s.total(f));
        }
        countsRow(t, "overall", s.overall());
        t.print(out, "");
        if (!s.notFound().isEmpty()) {
            out.println("not found in the inputs (not scored):");
            for (PaperGold g : s.notFound()) {
                out.printf("  %s  %s  (%s)%n", g.gid(), g.title(), g.source());
            }
        }
        if (verbose) {
            errors(s, out);
        }
    }

    private static void countsRow(TextTable t, String label, Counts c) {
        t.row(label, c.tp(), c.fp(), c.fn(), score(c.precision()), score(c.recall()), score(c.f1()));
    }

    private static void errors(PaperScore s, PrintWriter out) {
        for (PaperOutcome p : s.papers()) {
            out.println();
            out.printf("-- %s  %s  (P %s, R %s)%n", p.gid(), p.title(),
                    score(p.overall().precision()), score(p.overall().recall()));
            for (Map.Entry<Field, FieldOutcome> e : p.ordered().entrySet()) {
                FieldOutcome f = e.getValue();
                if (!f.falsePositives().isEmpty()) {
                    out.printf("   %-12s FP: %s%n", e.getKey().label(), String.join("; ", f.falsePositives()));
                }
                if (!f.missed().isEmpty()) {
                    out.printf("   %-12s FN: %s%n", e.getKey().label(), String.join("; ", f.missed()));
                }
            }
        }
    }

    private static void calibration(Calibration c, PrintWriter out) {
        out.println();
        out.println("== Calibration (entity links and proposals; optional matches left out)");
        TextTable t = new TextTable("confidence", "facts", "correct", "precision");
        for (Calibration.Bucket b : c.buckets()) {
            t.row(b.range(), b.count(), b.correct(), score(b.precision()));
        }
        t.row(">= " + Calibration.HIGH, c.high().count(), c.high().correct(), score(c.high().precision()));
        t.print(out, "");
        out.printf("target: precision >= %.2f at confidence >= %.1f: %s%n", Calibration.TARGET, Calibration.HIGH,
                c.meetsTarget() ? "met" : "not met");
    }
}
