package org.paperkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.paperkg.testing.SharedData;

/** The five real listing pages in {@code shared/seeds}, read through {@link Corpus}. */
class SeedListingsTest {

    @Test
    void readsAllSeedListings() throws IOException {
        Path seeds = SharedData.require("seeds");
        List<Paper> papers = new ArrayList<>();
        RecordingProblems problems = new RecordingProblems();

        IngestSummary summary = Corpus.read(List.of(seeds), papers::add, problems);

        assertThat(papers).hasSize(523);
        assertThat(summary.recordsRead()).isEqualTo(523);
        assertThat(summary.filesRead()).isEqualTo(5);
        assertThat(summary.skipped()).isZero();
        Map<String, Long> perFile = papers.stream().collect(Collectors.groupingBy(
                p -> Path.of(p.source().file()).getFileName().toString().substring(0, 3),
                LinkedHashMap::new, Collectors.counting()));
        assertThat(perFile).containsExactly(Map.entry("000", 182L), Map.entry("001", 26L), Map.entry("002", 126L),
                Map.entry("003", 119L), Map.entry("004", 70L));
        assertThat(papers.stream().map(p -> Titles.key(p.title())).distinct().count()).isEqualTo(468);

        Map<String, Set<MonthDay>> dates = papers.stream().collect(Collectors.groupingBy(
                p -> Path.of(p.source().file()).getFileName().toString().substring(0, 3),
                Collectors.mapping(p -> p.listingDate() == null ? MonthDay.of(1, 1) : p.listingDate(),
                        Collectors.toSet())));
        assertThat(dates.get("000")).containsExactly(MonthDay.of(3, 12));
        assertThat(dates.get("001")).containsExactly(MonthDay.of(3, 11));
        assertThat(dates.get("002")).containsExactly(MonthDay.of(7, 3));
        assertThat(dates.get("004")).containsExactly(MonthDay.of(3, 12));
        assertThat(papers).filteredOn(p -> p.source().file().contains("003_"))
                .allSatisfy(p -> assertThat(p.listingDate()).isNull())
                .first().satisfies(p -> {
                    assertThat(p.title()).isEqualTo(
                            "AraELECTRA: Pre-Training Text Discriminators for Arabic Language Understanding");
                    assertThat(p.source().line()).isEqualTo(3);
                });

        assertThat(papers).extracting(Paper::title).doesNotContainAnyElementsOf(ListingPageReader.HEADERS)
                .allSatisfy(t -> assertThat(t).doesNotStartWith("Subscribe").hasSizeLessThan(300));
        assertThat(papers).extracting(Paper::abstractText).allSatisfy(a -> assertThat(a).hasSizeGreaterThan(300));
        assertThat(problems.warnings()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("header glued to title"));
    }

    @Test
    void sourceLinesPointAtTheTitles() throws IOException {
        Path seeds = SharedData.require("seeds");
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                List<Paper> papers = TestFiles.read(new ListingPageReader(), file, new RecordingProblems());
                assertThat(papers).allSatisfy(p -> assertThat(lines.get((int) p.source().line() - 1))
                        .endsWith(p.originalTitle()));
            }
        }
    }
}
