package org.paperkg.serve.fuseki;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;

/**
 * The Fuseki assembler description {@code paperkg serve} runs: the packaged
 * {@code fuseki-config/paperkg.ttl} pointed at the store the user named, or a file of the user's own.
 *
 * <p>The packaged file is the single place where the dataset, the text index and the endpoints are
 * described; this class only moves its two paths ({@code tdb2:location}, {@code text:directory}) and
 * its query timeout, so that what the file says and what runs never disagree.
 */
public final class AssemblerConfig {

    /** The packaged configuration, on the class path. */
    public static final String PACKAGED = "/fuseki-config/paperkg.ttl";

    static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    static final String TEXT = "http://jena.apache.org/text#";
    static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";
    static final String FUSEKI = "http://jena.apache.org/fuseki#";
    private static final String TIMEOUT_SYMBOL = "arq:queryTimeout";

    private final Model model;
    private final String origin;

    private AssemblerConfig(Model model, String origin) {
        this.model = model;
        this.origin = origin;
    }

    /** The packaged configuration with its store at {@code db} and its index at {@code textDir}. */
    public static AssemblerConfig packaged(Path db, Path textDir) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = AssemblerConfig.class.getResourceAsStream(PACKAGED)) {
            if (in == null) {
                throw new IllegalStateException(PACKAGED + " is missing from the class path");
            }
            RDFParser.source(in).lang(Lang.TURTLE).base("file:///fuseki-config/paperkg.ttl").parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PACKAGED, e);
        }
        AssemblerConfig c = new AssemblerConfig(m, PACKAGED);
        c.replaceOne(m.createProperty(TDB2, "location"), m.createLiteral(db.toAbsolutePath().normalize().toString()));
        c.replaceOne(m.createProperty(TEXT, "directory"), m.createResource(textDir.toAbsolutePath().normalize().toUri().toString()));
        return c;
    }

    /** A user's own assembler file, used as written. */
    public static AssemblerConfig read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such Fuseki configuration file: " + file);
        }
        Model m = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(file).parse(m);
        } catch (RiotException e) {
            throw new IllegalArgumentException(file + ": not a readable RDF file: " + e.getMessage(), e);
        }
        return new AssemblerConfig(m, file.toString());
    }

    /** The description to give {@code FusekiServer.Builder.parseConfig}. */
    public Model model() {
        return model;
    }

    /** Where the description came from, for messages. */
    public String origin() {
        return origin;
    }

    /** The server-wide query timeout the file states ({@code arq:queryTimeout}, ms), or null. */
    public Duration timeout() {
        for (Resource cxt : timeoutContexts()) {
            Statement v = cxt.getProperty(model.createProperty(JA, "cxtValue"));
            if (v != null && v.getObject().isLiteral()) {
                String text = v.getString().trim();
                // "overall" or "first,overall": the overall timeout is what a user waits at most.
                String overall = text.contains(",") ? text.substring(text.indexOf(',') + 1).trim() : text;
                try {
                    return Duration.ofMillis(Long.parseLong(overall));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(origin + ": arq:queryTimeout is not a number of milliseconds: '" + text + "'");
                }
            }
        }
        return null;
    }

    /** A copy with the server-wide query timeout set, replacing the one in the file. */
    public AssemblerConfig withTimeout(Duration timeout) {
        Model m = ModelFactory.createDefaultModel().add(model);
        m.setNsPrefixes(model.getNsPrefixMap());
        AssemblerConfig copy = new AssemblerConfig(m, origin);
        Property cxtValue = m.createProperty(JA, "cxtValue");
        List<Resource> contexts = copy.timeoutContexts();
        if (contexts.isEmpty()) {
            Resource cxt = m.createResource().addProperty(m.createProperty(JA, "cxtName"), TIMEOUT_SYMBOL);
            copy.server().addProperty(m.createProperty(JA, "context"), cxt);
            contexts = List.of(cxt);
        }
        for (Resource cxt : contexts) {
            cxt.removeAll(cxtValue).addProperty(cxtValue, Long.toString(timeout.toMillis()));
        }
        return copy;
    }

    private List<Resource> timeoutContexts() {
        Property cxtName = model.createProperty(JA, "cxtName");
        return model.listSubjectsWithProperty(cxtName).filterKeep(r -> {
            Statement n = r.getProperty(cxtName);
            return n.getObject().isLiteral() && TIMEOUT_SYMBOL.equals(n.getString());
        }).toList();
    }

    private Resource server() {
        List<Resource> servers = model.listSubjectsWithProperty(RDF.type, model.createResource(FUSEKI + "Server")).toList();
        if (servers.size() != 1) {
            throw new IllegalArgumentException(origin + ": expected one fuseki:Server description, found " + servers.size());
        }
        return servers.get(0);
    }

    private void replaceOne(Property p, RDFNode value) {
        List<Statement> found = model.listStatements(null, p, (RDFNode) null).toList();
        if (found.size() != 1) {
            throw new IllegalStateException(origin + ": expected exactly one " + p + ", found " + found.size());
        }
        Resource subject = found.get(0).getSubject();
        subject.removeAll(p).addProperty(p, value);
    }

    @Override
    public String toString() {
        return origin;
    }
}
