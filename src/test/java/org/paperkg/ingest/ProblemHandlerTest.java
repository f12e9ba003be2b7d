package org.paperkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class ProblemHandlerTest {

    private final SourceRef where = new SourceRef("data/x.jsonl", 17);

    @Test
    void strictThrowsOnSkipsAndWarningsNamingTheLine() {
        ProblemHandler strict = ProblemHandler.strict();

        assertThatThrownBy(() -> strict.skipped(where, "invalid JSON: bad"))
                .isInstanceOf(IngestException.class)
                .hasMessage("data/x.jsonl:17: skipped: invalid JSON: bad")
                .satisfies(e -> assertThat(((IngestException) e).where()).isEqualTo(where));
        assertThatThrownBy(() -> strict.warning(where, "bad date: x"))
                .isInstanceOf(IngestException.class)
                .hasMessage("data/x.jsonl:17: bad date: x");
    }

    @Test
    void loggingWritesOneWarnLinePerProblem() {
        List<String> lines = new ArrayList<>();
        Logger log = (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("warn")) {
                        String format = (String) args[0];
                        for (Object arg : Arrays.copyOfRange(args, 1, args.length)) {
                            format = format.replaceFirst("\\{}", java.util.regex.Matcher.quoteReplacement(
                                    String.valueOf(arg)));
                        }
                        lines.add(format);
                    }
                    return method.getReturnType() == boolean.class ? Boolean.TRUE : null;
                });
        ProblemHandler logging = ProblemHandler.logging(log);

        logging.skipped(where, "invalid JSON: bad; fix or remove the line");
        logging.warning(new SourceRef("data/x.jsonl", 0), "empty file: no JSON lines in it");

        assertThat(lines).containsExactly("data/x.jsonl:17: skipped: invalid JSON: bad; fix or remove the line",
                "data/x.jsonl: empty file: no JSON lines in it");
    }

    @Test
    void counterCountsByCategoryAndPassesOn() {
        RecordingProblems recorded = new RecordingProblems();
        ProblemCounter counter = new ProblemCounter(recorded);

        counter.skipped(where, "invalid JSON: one");
        counter.skipped(where, "invalid JSON: two");
        counter.skipped(where, "no abstract: three");
        counter.skipped(where, "no category at all");
        counter.warning(where, "bad date: four");

        assertThat(counter.skippedByReason()).containsExactly(Map.entry("invalid JSON", 2L),
                Map.entry("no abstract", 1L), Map.entry("no category at all", 1L));
        assertThat(counter.skipped()).isEqualTo(4);
        assertThat(counter.warnings()).isEqualTo(1);
        assertThat(recorded.all()).hasSize(5);
    }

    @Test
    void summaryLine() {
        assertThat(new IngestSummary(1, 1, Map.of(), 0).describe()).isEqualTo("read 1 record from 1 file");
        assertThat(new IngestSummary(0, 0, Map.of(), 1)).hasToString("read 0 records from 0 files; 1 warning");
        assertThat(new IngestSummary(10, 2, Map.of("no abstract", 3L), 0).skipped()).isEqualTo(3);
    }
}
