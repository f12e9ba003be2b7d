package org.paperkg.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;

/**
 * A query result held in memory, at most a given number of rows: what a web page or a test
 * looks at. Exports stream through {@link ResultFormat} instead. A graph result (CONSTRUCT)
 * becomes the columns subject, predicate, object.
 *
 * @param columns   the result variables, in query order
 * @param rows      one list per row, aligned with {@code columns}; null where a variable is unbound
 * @param truncated true when the result had more rows than were kept
 */
public record QueryResultTable(List<String> columns, List<List<RDFNode>> rows, boolean truncated) {

    public QueryResultTable {
        columns = List.copyOf(columns);
        List<List<RDFNode>> copy = new ArrayList<>(rows.size());
        for (List<RDFNode> r : rows) {
            copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    /** Reads up to {@code maxRows} rows of {@code rs}. */
    public static QueryResultTable of(ResultSet rs, int maxRows) {
        List<String> columns = rs.getResultVars();
        List<List<RDFNode>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            if (rows.size() == maxRows) {
                return new QueryResultTable(columns, rows, true);
            }
            QuerySolution s = rs.next();
            List<RDFNode> row = new ArrayList<>(columns.size());
            for (String c : columns) {
                row.add(s.get(c));
            }
            rows.add(row);
        }
        return new QueryResultTable(columns, rows, false);
    }

    /** The triples of {@code m} as rows of subject, predicate, object, up to {@code maxRows}. */
    public static QueryResultTable of(Model m, int maxRows) {
        List<List<RDFNode>> rows = new ArrayList<>();
        StmtIterator it = m.listStatements();
        try {
            while (it.hasNext()) {
                if (rows.size() == maxRows) {
                    return new QueryResultTable(List.of("subject", "predicate", "object"), rows, true);
                }
                Statement st = it.next();
                rows.add(List.of(st.getSubject(), st.getPredicate(), st.getObject()));
            }
        } finally {
            it.close();
        }
        return new QueryResultTable(List.of("subject", "predicate", "object"), rows, false);
    }

    public int size() {
        return rows.size();
    }

    /** The index of {@code column}; throws IllegalArgumentException naming the columns there are. */
    public int indexOf(String column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column '" + column + "'; the columns are " + columns);
        }
        return i;
    }

    /** The values of one column, top to bottom. */
    public List<RDFNode> column(String column) {
        int i = indexOf(column);
        List<RDFNode> out = new ArrayList<>(rows.size());
        for (List<RDFNode> r : rows) {
            out.add(r.get(i));
        }
        return out;
    }

    /**
     * A cell as plain text: a literal's lexical form, an IRI as it is, "" when unbound. Tests
     * and the chart writer compare and show these.
     */
    public String text(int row, String column) {
        return text(rows.get(row).get(indexOf(column)));
    }

    public static String text(RDFNode n) {
        if (n == null) {
            return "";
        }
        if (n.isLiteral()) {
            return n.asLiteral().getLexicalForm();
        }
        if (n.isURIResource()) {
            return n.asResource().getURI();
        }
        return "_:" + n.asResource().getId().getLabelString();
    }

    /** The texts of one column, top to bottom. */
    public List<String> texts(String column) {
        return column(column).stream().map(QueryResultTable::text).toList();
    }
}
