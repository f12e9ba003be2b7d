package org.paperkg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;

/**
 * How {@code paperkg query} writes results. SELECT results stream in every format; a text
 * table is aligned, so it is the one format that reads all rows before writing. A graph
 * (CONSTRUCT, DESCRIBE) is written as Turtle, or as JSON-LD for {@code json}.
 * The constants are lower case because they are what users type after {@code --format}.
 */
public enum ResultFormat {
    table, csv, tsv, json;

    /** Writes a SELECT result; IRIs in a table are shortened with {@code prefixes}. */
    public void write(ResultSet rs, OutputStream out, PrefixMapping prefixes) {
        switch (this) {
            case table -> {
                PrintStream ps = new PrintStream(out, false, StandardCharsets.UTF_8);
                ResultSetFormatter.out(ps, rs, prefixes);
                ps.flush();
            }
            case csv -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
            case tsv -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
            case json -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
        }
    }

    /** Writes a graph result. */
    public void write(Model m, OutputStream out) {
        RDFDataMgr.write(out, m, this == json ? Lang.JSONLD : Lang.TURTLE);
    }

    /** Writes an ASK result. */
    public void write(boolean answer, OutputStream out) {
        switch (this) {
            case json -> ResultSetMgr.write(out, answer, ResultSetLang.RS_JSON);
            case csv -> ResultSetMgr.write(out, answer, ResultSetLang.RS_CSV);
            case tsv -> ResultSetMgr.write(out, answer, ResultSetLang.RS_TSV);
            case table -> {
                PrintStream ps = new PrintStream(out, false, StandardCharsets.UTF_8);
                ps.println(answer);
                ps.flush();
            }
        }
    }

    /** The MIME type a web response carries for this format's SELECT output. */
    public String mediaType() {
        return switch (this) {
            case table -> "text/plain; charset=utf-8";
            case csv -> "text/csv; charset=utf-8";
            case tsv -> "text/tab-separated-values; charset=utf-8";
            case json -> "application/sparql-results+json; charset=utf-8";
        };
    }
}
