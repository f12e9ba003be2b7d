package org.paperkg.rdf;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringWriter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/** Isomorphism assertions that print what differs, as N-Triples. */
public final class RdfAssert {

    private RdfAssert() {
    }

    public static void assertIsomorphic(Model actual, Model expected) {
        if (actual.isIsomorphicWith(expected)) {
            return;
        }
        fail("graphs differ (blank nodes aside)\nmissing:\n" + ntriples(expected.difference(actual))
                + "extra:\n" + ntriples(actual.difference(expected)));
    }

    private static String ntriples(Model m) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, m, Lang.NTRIPLES);
        return w.toString();
    }
}
