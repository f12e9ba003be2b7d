package org.paperkg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.domain.EntityType;

class PaperGoldReaderTest {

    static final String POA = """
            {"gid": "g00", "title": "POA: Pre-training Once for Models of All Sizes", \
            "proposed": [{"name": "POA|Pre-training Once for All", "type": "Method"}], \
            "methods": ["POA|Pre-training Once for All", "ViT|Vision Transformer", "Swin Transformer", "?self-distillation"], \
            "datasets": ["ImageNet"], "metrics": ["accuracy", "?top-1 accuracy"], \
            "tasks": ["image classification", "?representation learning"], \
            "results": [{"metric": "mAP", "value": "0.439", "dataset": "AudioSet", "method": "PANN"}, \
            {"metric": "PSNR", "value": "+2.55 dB", "dataset": null, "method": null}], \
            "code": ["https://github.com/Qichuzyy/POA"]}""";

    @TempDir
    Path dir;

    private Path write(String... lines) throws IOException {
        Path f = dir.resolve("gold.jsonl");
        Files.write(f, List.of(lines));
        return f;
    }

    @Test
    void readsTheGuidelineExampleWithAliasesAndOptionalEntries() throws IOException {
        List<PaperGold> gold = PaperGoldReader.read(write(POA));

        assertThat(gold).hasSize(1);
        PaperGold g = gold.get(0);
        assertThat(g.gid()).isEqualTo("g00");
        assertThat(g.proposed()).containsExactly(new GoldProposed(
                new GoldEntry(List.of("POA", "Pre-training Once for All"), false), EntityType.METHOD));
        assertThat(g.methods()).extracting(GoldEntry::names).containsExactly(
                List.of("POA", "Pre-training Once for All"), List.of("ViT", "Vision Transformer"),
                List.of("Swin Transformer"), List.of("self-distillation"));
        assertThat(g.methods()).extracting(GoldEntry::optional).containsExactly(false, false, false, true);
        assertThat(g.metrics().get(1)).isEqualTo(new GoldEntry(List.of("top-1 accuracy"), true));
        assertThat(g.results().get(0).parsed()).isEqualTo(new ResultValue(new BigDecimal("0.439"), "", false));
        assertThat(g.results().get(0).dataset()).isEqualTo("AudioSet");
        assertThat(g.results().get(1).parsed()).isEqualTo(new ResultValue(new BigDecimal("2.55"), "dB", true));
        assertThat(g.results().get(1).dataset()).isNull();
        assertThat(g.code()).extracting(GoldEntry::name).containsExactly("https://github.com/Qichuzyy/POA");
        assertThat(g.source().toString()).endsWith("gold.jsonl:1");
    }

    @Test
    void skipsBlankLinesAndCommentKeysAndDefaultsMissingListsToEmpty() throws IOException {
        Path f = write("", "{\"gid\": \"a\", \"title\": \"T\", \"_note\": \"unsure about tasks\"}", "  ");

        PaperGold g = PaperGoldReader.read(f).get(0);

        assertThat(g.methods()).isEmpty();
        assertThat(g.results()).isEmpty();
        assertThat(g.source().line()).isEqualTo(2);
    }

    @Test
    void badJsonLineIsReportedWithFileAndLine() throws IOException {
        Path f = write(POA, "", "{\"gid\": \"g01\", \"title\": \"X\", \"methods\": [\"BERT\"");

        assertThatThrownBy(() -> PaperGoldReader.read(f))
                .isInstanceOf(GoldFormatException.class)
                .hasMessageStartingWith(f + ":3: not valid JSON")
                .satisfies(e -> assertThat(((GoldFormatException) e).line()).isEqualTo(3));
    }

    @Test
    void misspelledKeyIsRejectedWithTheAllowedKeys() throws IOException {
        Path f = write("{\"gid\": \"g\", \"title\": \"T\", \"metric\": [\"F1\"]}");

        assertThatThrownBy(() -> PaperGoldReader.read(f))
                .hasMessageContaining(":1: unknown key 'metric'")
                .hasMessageContaining("metrics");
    }

    @Test
    void unknownProposedTypeIsRejected() throws IOException {
        Path f = write("{\"gid\": \"g\", \"title\": \"T\", \"proposed\": [{\"name\": \"X\", \"type\": \"Model\"}]}");

        assertThatThrownBy(() -> PaperGoldReader.read(f))
                .hasMessageContaining(":1: unknown entity type 'Model'");
    }

    @Test
    void resultValueThatIsNotANumberIsRejected() throws IOException {
        Path f = write("{\"gid\": \"g\", \"title\": \"T\", \"results\": [{\"metric\": \"F1\", \"value\": \"high\"}]}");

        assertThatThrownBy(() -> PaperGoldReader.read(f))
                .hasMessageContaining(":1: result value 'high' is not a number");
    }

    @Test
    void repeatedGidIsRejectedAtItsSecondLine() throws IOException {
        Path f = write("{\"gid\": \"g\", \"title\": \"A\"}", "{\"gid\": \"g\", \"title\": \"B\"}");

        assertThatThrownBy(() -> PaperGoldReader.read(f)).hasMessageContaining(":2: gid 'g' is used twice");
    }

    @Test
    void entryWithOnlyAMarkIsRejected() throws IOException {
        Path f = write("{\"gid\": \"g\", \"title\": \"T\", \"tasks\": [\"? | \"]}");

        assertThatThrownBy(() -> PaperGoldReader.read(f)).hasMessageContaining(":1: entry '? | ' has no name");
    }

    @Test
    void goldEntryParsesMarkAndAliases() {
        assertThat(GoldEntry.parse(" ?Segment Anything Model | SAM "))
                .isEqualTo(new GoldEntry(List.of("Segment Anything Model", "SAM"), true));
        assertThat(GoldEntry.parse("U-Net").toString()).isEqualTo("U-Net");
    }
}
