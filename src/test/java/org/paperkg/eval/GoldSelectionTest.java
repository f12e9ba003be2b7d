package org.paperkg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.ingest.SourceRef;

class GoldSelectionTest {

    @TempDir
    Path dir;

    private static PaperGold paper(String gid) {
        return new PaperGold(gid, "Title " + gid, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), new SourceRef("gold.jsonl", 1));
    }

    private final List<PaperGold> gold = List.of(paper("v2s00"), paper("v2s01"), paper("v2a00"),
            paper("v2a01"), paper("dev01"));

    @Test
    void idsFileIgnoresCommentsAndBlankLines() throws Exception {
        Path ids = Files.writeString(dir.resolve("judge.ids"), "# judge half\nv2s01\n\n  v2a01  # arXiv\n");

        GoldSelection s = GoldSelection.of(ids, List.of());

        assertThat(s.select(gold)).extracting(PaperGold::gid).containsExactly("v2s01", "v2a01");
        assertThat(s.unknownIds(gold)).isEmpty();
    }

    @Test
    void prefixesKeepAnyPaperStartingWithOne() throws Exception {
        GoldSelection s = GoldSelection.of(null, List.of("v2s", "dev"));

        assertThat(s.select(gold)).extracting(PaperGold::gid).containsExactly("v2s00", "v2s01", "dev01");
    }

    @Test
    void idsAndPrefixTogetherMustBothHold() throws Exception {
        Path ids = Files.writeString(dir.resolve("x.ids"), "v2s01\nv2a01\nv2z99\n");

        GoldSelection s = GoldSelection.of(ids, List.of("v2a"));

        assertThat(s.select(gold)).extracting(PaperGold::gid).containsExactly("v2a01");
        assertThat(s.unknownIds(gold)).containsExactly("v2z99");
    }

    @Test
    void noSelectionKeepsEverything() {
        assertThat(GoldSelection.ALL.all()).isTrue();
        assertThat(GoldSelection.ALL.select(gold)).hasSize(5);
    }
}
