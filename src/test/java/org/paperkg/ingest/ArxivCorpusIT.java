package org.paperkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.paperkg.testing.SharedData;

/** Reads the whole 74,728-paper arXiv file (37 MB gzip) as a stream: seconds, so an integration test. */
class ArxivCorpusIT {

    @Test
    void readsEveryArxivPaper() throws IOException {
        Path file = SharedData.require("corpora/arxiv_cs_daily/abstracts.jsonl.gz");
        RecordingProblems problems = new RecordingProblems();
        Set<String> ids = new HashSet<>();
        AtomicLong withoutDate = new AtomicLong();
        AtomicLong withDollar = new AtomicLong();
        AtomicLong notIdempotent = new AtomicLong();
        LocalDate[] range = {LocalDate.MAX, LocalDate.MIN};

        IngestSummary summary = Corpus.read(List.of(file), paper -> {
            assertThat(paper.arxivId()).as("arXiv id at %s", paper.source()).isNotNull()
                    .isEqualTo(paper.recordId());
            ids.add(paper.arxivId());
            if (paper.date() == null) {
                withoutDate.incrementAndGet();
            } else {
                range[0] = paper.date().isBefore(range[0]) ? paper.date() : range[0];
                range[1] = paper.date().isAfter(range[1]) ? paper.date() : range[1];
            }
            if (paper.originalAbstract().contains("$")) {
                withDollar.incrementAndGet();
            }
            if (paper.source().line() % 97 == 0 && !TextCleaner.clean(paper.abstractText()).equals(paper.abstractText())) {
                notIdempotent.incrementAndGet();
            }
        }, problems);

        assertThat(summary.recordsRead()).isEqualTo(74_728);
        assertThat(summary.skipped()).isZero();
        assertThat(problems.all()).isEmpty();
        assertThat(ids).hasSize(74_728);
        assertThat(withoutDate).hasValue(0);
        assertThat(range[0]).isEqualTo(LocalDate.of(2025, 3, 18));
        assertThat(range[1]).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(withDollar.get()).isGreaterThan(5_000);
        assertThat(notIdempotent).hasValue(0);
    }
}
