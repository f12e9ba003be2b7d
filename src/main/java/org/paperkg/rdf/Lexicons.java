package org.paperkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.util.ResourceUtils;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.domain.EntityType;
import org.paperkg.extract.LexiconEntry;
import org.paperkg.link.ResourceIris;

/**
 * The curated lexicon of {@code ontology/lexicon/}: read once from the class path, handed to
 * extraction as plain {@link LexiconEntry} values and to the store as the catalogue graph.
 *
 * <pre>{@code
 * Lexicons lexicon = Lexicons.load(ResourceIris.defaults());
 * List<LexiconEntry> entries = lexicon.entries();   // for the extractor and the resolver
 * Model catalogue = lexicon.graph();                // for the store's lexicon graph
 * }</pre>
 */
public final class Lexicons {

    /** The lexicon files, in the order they are read; a test checks the folder holds no others. */
    public static final List<String> FILES = List.of("methods.ttl", "datasets.ttl", "metrics.ttl", "tasks.ttl");

    private final Model graph;
    private final List<LexiconEntry> entries;
    private final String fingerprint;

    private Lexicons(Model graph, List<LexiconEntry> entries, String fingerprint) {
        this.graph = graph;
        this.entries = List.copyOf(entries);
        this.fingerprint = fingerprint;
    }

    /** Reads the lexicon files packaged under {@code /ontology/lexicon/}, with IRIs moved to {@code iris}' base. */
    public static Lexicons load(ResourceIris iris) {
        Model raw = ModelFactory.createDefaultModel();
        StringBuilder digest = new StringBuilder();
        for (String file : FILES) {
            String path = "/ontology/lexicon/" + file;
            try (InputStream in = Lexicons.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("lexicon file missing from the class path: " + path);
                }
                byte[] bytes = in.readAllBytes();
                digest.append(ResourceIris.sha256Hex(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
                RDFDataMgr.read(raw, new java.io.ByteArrayInputStream(bytes), PK.DEFAULT_RESOURCE_BASE, Lang.TURTLE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read lexicon file " + path, e);
            }
        }
        return from(raw, iris, ResourceIris.shortHash(digest.toString()));
    }

    /** Builds a lexicon from a model in the lexicon files' shape (tests use small ones). */
    public static Lexicons from(Model raw, ResourceIris iris, String fingerprint) {
        Model m = ModelFactory.createDefaultModel();
        Namespaces.apply(m, iris);
        m.add(raw);
        rebase(m, iris);
        Resource scheme = m.createResource(iris.lexiconScheme())
                .addProperty(RDF.type, SKOS.ConceptScheme)
                .addProperty(DCTerms.title, "paperkg lexicon of machine-learning methods, datasets, metrics and tasks")
                .addProperty(RDFS.label, "paperkg lexicon");
        List<LexiconEntry> entries = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            Resource cls = m.createResource(PK.NS + type.label());
            for (Resource r : m.listSubjectsWithProperty(RDF.type, cls).toList()) {
                Statement pref = r.getProperty(SKOS.prefLabel);
                if (pref == null) {
                    throw new IllegalStateException("lexicon entry without skos:prefLabel: " + r.getURI());
                }
                r.addProperty(RDFS.label, pref.getString()).addProperty(SKOS.inScheme, scheme);
                List<String> alts = r.listProperties(SKOS.altLabel).mapWith(s -> s.getString()).toList();
                Statement broader = r.getProperty(SKOS.broader);
                entries.add(new LexiconEntry(r.getURI(), type, pref.getString(), alts,
                        broader == null ? null : broader.getResource().getURI()));
            }
        }
        entries.sort(java.util.Comparator.comparing(LexiconEntry::iri));
        return new Lexicons(m, entries, fingerprint);
    }

    private static void rebase(Model m, ResourceIris iris) {
        if (iris.base().equals(PK.DEFAULT_RESOURCE_BASE)) {
            return;
        }
        for (Resource r : m.listSubjects().toList()) {
            if (r.isURIResource() && r.getURI().startsWith(PK.DEFAULT_RESOURCE_BASE)) {
                ResourceUtils.renameResource(r, iris.rebase(r.getURI(), PK.DEFAULT_RESOURCE_BASE));
            }
        }
        for (RDFNode o : m.listObjects().toList()) {
            if (o.isURIResource() && o.asResource().getURI().startsWith(PK.DEFAULT_RESOURCE_BASE)) {
                ResourceUtils.renameResource(o.asResource(), iris.rebase(o.asResource().getURI(), PK.DEFAULT_RESOURCE_BASE));
            }
        }
    }

    /** The entries, sorted by IRI; IRIs under the default base (the resolver rebases them). */
    public List<LexiconEntry> entries() {
        return entries;
    }

    /** The catalogue graph: the SKOS concepts with labels, scheme membership and families. */
    public Model graph() {
        return graph;
    }

    /** A hash of the lexicon files: part of every paper's content hash, so a lexicon change redoes extraction. */
    public String fingerprint() {
        return fingerprint;
    }
}
