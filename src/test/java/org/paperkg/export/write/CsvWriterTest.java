package org.paperkg.export.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.paperkg.export.model.ExportFormat;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.WriteOptions;

/** Gephi's spreadsheet import: the column names it recognises, and values that survive quoting. */
class CsvWriterTest {

    static String write(ViewGraph g, ExportFormat f) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphWriter.of(f).write(g, out, WriteOptions.defaults());
        return out.toString(StandardCharsets.UTF_8);
    }

    static List<CSVRecord> parse(String csv) throws Exception {
        try (CSVParser p = CSVParser.parse(new StringReader(csv), CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }

    @Test
    void nodesTableStartsWithIdAndLabel() throws Exception {
        String csv = write(SampleViews.cooccurrence(), ExportFormat.CSV_NODES);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("Id,Label,Type,IRI,Degree,Weight,Date,Color");
        List<CSVRecord> rows = parse(csv);
        assertThat(rows).hasSize(4);
        CSVRecord odd = rows.stream().filter(r -> r.get("Id").equals("task:odd")).findFirst().orElseThrow();
        assertThat(odd.get("Label")).isEqualTo(SampleViews.TRICKY);
        assertThat(odd.get("Type")).isEqualTo("Task");
        CSVRecord imagenet = rows.stream().filter(r -> r.get("Id").equals("dataset:imagenet")).findFirst().orElseThrow();
        assertThat(imagenet.get("Degree")).isEqualTo("3");
        assertThat(imagenet.get("Weight")).isEqualTo("3");
        assertThat(imagenet.get("Color")).isEqualTo("#E69F00");
    }

    @Test
    void edgesTableHasSourceTargetTypeAndWeight() throws Exception {
        String csv = write(SampleViews.cooccurrence(), ExportFormat.CSV_EDGES);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("Source,Target,Type,Weight,Label,Date");
        List<CSVRecord> rows = parse(csv);
        assertThat(rows).hasSize(3).allMatch(r -> r.get("Type").equals("Undirected"));
        assertThat(rows).anyMatch(r -> r.get("Source").equals("method:resnet") && r.get("Target").equals("dataset:imagenet")
                && r.get("Weight").equals("2") && r.get("Date").equals("2015-12-10"));
        assertThat(parse(write(SampleViews.papers(), ExportFormat.CSV_EDGES)))
                .allMatch(r -> r.get("Type").equals("Directed")).anyMatch(r -> r.get("Weight").equals("0.95"));
    }
}
