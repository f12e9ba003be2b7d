package org.paperkg.export.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.paperkg.export.model.ExportFormat;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.WriteOptions;

/** DOT text: labels, colours by type and a legend; rendering by Graphviz is DotRenderIT's job. */
class DotWriterTest {

    static String write(ViewGraph g) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphWriter.of(ExportFormat.DOT).write(g, out, WriteOptions.defaults());
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void nodesAreLabelledAndColouredByTypeWithALegendOfTheTypesPresent() throws Exception {
        String dot = write(SampleViews.cooccurrence());
        assertThat(dot).startsWith("graph \"cooccurrence\" {").contains("layout=\"neato\";").contains("overlap=\"false\";");
        assertThat(dot).contains("\"dataset:imagenet\" [ label=<ImageNet>").contains("fillcolor=\"#E69F00\"")
                .contains("fillcolor=\"#0072B2\"");
        assertThat(dot).contains("R&amp;D &lt;attention&gt;<BR/>&quot;quoted&quot;").doesNotContain("\u0007");
        assertThat(dot).contains("BGCOLOR=\"#0072B2\"").contains(">Method</FONT>").contains(">Dataset</FONT>")
                .doesNotContain(">Paper</FONT>");
        assertThat(dot).contains("\"method:resnet\" -- \"dataset:imagenet\"");
        assertThat(dot).doesNotContain("label=<https://").doesNotContain("label=\"https://");
    }

    @Test
    void directedViewsHaveArrowsAndPapersWrapTheirTitles() throws Exception {
        String dot = write(SampleViews.papers());
        assertThat(dot).startsWith("digraph \"papers\" {").contains("\"paper:p1\" -> \"method:transformer\"");
        assertThat(dot).contains("label=<A Very Long Paper Title That<BR/>Goes On").contains("shape=\"box\"");
    }
}
