package org.paperkg.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.extract.CodeLink;
import org.paperkg.extract.Comparison;
import org.paperkg.domain.EntityType;
import org.paperkg.extract.Evidence;
import org.paperkg.extract.ExtractedEntity;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.ResultMention;
import org.paperkg.ingest.Paper;
import org.paperkg.ingest.SourceRef;
import org.paperkg.link.EntityResolver;
import org.paperkg.link.ResolvedEntity;
import org.paperkg.link.ResourceIris;
import org.paperkg.link.Slugs;

/**
 * Writes one paper and what was extracted from it as the triples of that paper's named graph.
 *
 * <p>Every link from the paper (to an entity, a result, a code repository) and every
 * {@code pk:outperforms} triple gets evidence nodes, one per mention up to
 * {@value #MAX_EVIDENCE_PER_FACT}, in the pattern the ontology documents:
 * <pre>
 * ?ev a pk:Evidence ; rdf:subject ?paper ; rdf:predicate pk:usesDataset ; rdf:object ?ds ;
 *     pk:confidence 0.9 ; pk:sentence "..." ; pk:charStart 120 ; pk:charEnd 128 .
 * </pre>
 * Each paper graph is self-contained: it states the type and label of every entity it links to.
 * The output depends only on its inputs (no clock, no counters across papers), so rebuilding
 * the same paper yields the same graph.
 */
public final class PaperGraphBuilder {

    /** Evidence nodes kept per fact: the first mentions in text order. */
    public static final int MAX_EVIDENCE_PER_FACT = 3;

    private final ResourceIris iris;
    private final EntityResolver resolver;

    public PaperGraphBuilder(ResourceIris iris, EntityResolver resolver) {
        this.iris = iris;
        this.resolver = resolver;
    }

    /**
     * The paper's graph.
     *
     * @param localId     the paper's local id, from {@code PaperIdentity}
     * @param paper       the paper's first record in this build
     * @param contentHash hash of the paper's content and the extractor that read it
     * @param extraction  what was extracted from it
     */
    public Model build(String localId, Paper paper, String contentHash, Extraction extraction) {
        Model m = ModelFactory.createDefaultModel();
        Namespaces.apply(m, iris);
        Resource p = m.createResource(iris.paper(localId));
        p.addProperty(RDF.type, PK.Paper)
                .addProperty(DCTerms.title, paper.title())
                .addProperty(RDFS.label, paper.title())
                .addProperty(DCTerms.abstract_, paper.abstractText())
                .addProperty(PK.contentHash, contentHash);
        if (!paper.originalTitle().equals(paper.title())) {
            p.addProperty(PK.originalTitle, paper.originalTitle());
        }
        if (!paper.originalAbstract().equals(paper.abstractText())) {
            p.addProperty(PK.originalAbstract, paper.originalAbstract());
        }
        if (paper.date() != null) {
            p.addLiteral(DCTerms.issued, m.createTypedLiteral(paper.date().toString(), XSDDatatype.XSDdate));
        }
        if (paper.listingDate() != null) {
            p.addLiteral(PK.listingDate, m.createTypedLiteral(paper.listingDate().toString(), XSDDatatype.XSDgMonthDay));
        }
        if (paper.arxivId() != null) {
            addArxivId(p, paper.arxivId());
        }
        for (String c : paper.categories()) {
            p.addProperty(PK.category, c);
        }
        addSource(m, p, paper);
        new FactWriter(m, p, extraction).write();
        return m;
    }

    /**
     * Adds the source record of {@code record} to a paper: its file, line and, when the input gives
     * one, the record's own id. This is all a duplicate record contributes to the stored paper, so
     * a paper merged from two arXiv ids keeps both.
     */
    public void addSource(Model m, Resource paper, Paper record) {
        SourceRef ref = record.source();
        Resource s = m.createResource(iris.source(paper.getURI(), ref));
        s.addProperty(RDF.type, PK.SourceRecord)
                .addProperty(PK.sourceFile, ref.file())
                .addLiteral(PK.sourceLine, m.createTypedLiteral(Long.toString(ref.line()), XSDDatatype.XSDinteger));
        if (record.recordId() != null) {
            s.addProperty(DCTerms.identifier, record.recordId());
        }
        paper.addProperty(PK.source, s);
    }

    /** Adds an arXiv id as {@code pk:arxivId} and as the {@code dcterms:identifier} "arXiv:ID". */
    public void addArxivId(Resource paper, String arxivId) {
        paper.addProperty(PK.arxivId, arxivId)
                .addProperty(DCTerms.identifier, "arXiv:" + arxivId)
                .addProperty(RDFS.seeAlso, paper.getModel().createResource("https://arxiv.org/abs/" + arxivId));
    }

    /** Writes the facts of one extraction; holds the per-paper evidence counter. */
    private final class FactWriter {
        private final Model m;
        private final Resource paper;
        private final Extraction extraction;
        private final String version;
        private final Map<String, Resource> byName = new HashMap<>();
        private int evidenceCount;

        FactWriter(Model m, Resource paper, Extraction extraction) {
            this.m = m;
            this.paper = paper;
            this.extraction = extraction;
            this.version = extraction.extractorVersion();
        }

        void write() {
            for (ExtractedEntity e : extraction.entities()) {
                writeEntity(e);
            }
            int n = 0;
            for (ResultMention r : extraction.results()) {
                writeResult(r, ++n);
            }
            for (CodeLink c : extraction.codeLinks()) {
                writeCode(c);
            }
            for (Comparison c : extraction.comparisons()) {
                writeComparison(c);
            }
        }

        private void writeEntity(ExtractedEntity e) {
            ResolvedEntity r = resolver.resolve(e);
            Resource entity = describe(r);
            remember(e.type(), e.name(), entity);
            e.aliases().forEach(a -> remember(e.type(), a, entity));
            Property link = PK.linkOf(e.type());
            paper.addProperty(link, entity);
            evidence(paper, link, entity, firstMentions(e.evidence()));
            if (e.proposed()) {
                paper.addProperty(PK.proposes, entity);
                evidence(paper, PK.proposes, entity, proposalEvidence(e.evidence()));
            }
        }

        private Resource describe(ResolvedEntity r) {
            Resource entity = m.createResource(r.iri())
                    .addProperty(RDF.type, PK.classOf(r.type()))
                    .addProperty(RDFS.label, r.label());
            if (r.broaderIri() != null) {
                entity.addProperty(SKOS.broader, m.createResource(r.broaderIri()));
            }
            for (String alias : r.aliases()) {
                entity.addProperty(SKOS.altLabel, alias);
            }
            return entity;
        }

        private void writeResult(ResultMention r, int index) {
            Resource result = m.createResource(iris.result(paper.getURI(), index))
                    .addProperty(RDF.type, PK.Result)
                    .addProperty(PK.metric, entity(EntityType.METRIC, r.metric(), r.evidence()))
                    .addLiteral(PK.value, decimal(r.value()))
                    .addProperty(PK.unit, r.unit())
                    .addProperty(PK.valueText, r.valueText())
                    .addLiteral(PK.isDelta, m.createTypedLiteral(r.delta()));
            result.addProperty(RDFS.label, r.metric() + " " + r.valueText()
                    + (r.dataset() == null ? "" : " on " + r.dataset()));
            if (r.dataset() != null) {
                result.addProperty(PK.dataset, entity(EntityType.DATASET, r.dataset(), r.evidence()));
            }
            if (r.method() != null) {
                result.addProperty(PK.method, entity(EntityType.METHOD, r.method(), r.evidence()));
            }
            paper.addProperty(PK.reportsResult, result);
            evidence(paper, PK.reportsResult, result, List.of(r.evidence()));
        }

        private void writeCode(CodeLink c) {
            if (!isValidIri(c.url())) {
                return;
            }
            Resource repo = m.createResource(c.url());
            paper.addProperty(PK.codeRepository, repo);
            evidence(paper, PK.codeRepository, repo, List.of(c.evidence()));
        }

        private void writeComparison(Comparison c) {
            Resource better = entity(EntityType.METHOD, c.better(), c.evidence());
            Resource baseline = entity(EntityType.METHOD, c.baseline(), c.evidence());
            if (better.equals(baseline)) {
                return;
            }
            better.addProperty(PK.outperforms, baseline);
            evidence(better, PK.outperforms, baseline, List.of(c.evidence()));
        }

        /**
         * The entity a result or comparison names: one this paper links to already, else resolved
         * and linked now, with the result's or comparison's sentence as the link's evidence.
         */
        private Resource entity(EntityType type, String name, Evidence ev) {
            Resource known = byName.get(type + "\t" + Slugs.key(name));
            if (known != null) {
                return known;
            }
            Resource entity = describe(resolver.resolve(type, name));
            remember(type, name, entity);
            paper.addProperty(PK.linkOf(type), entity);
            evidence(paper, PK.linkOf(type), entity, List.of(ev));
            return entity;
        }

        private void remember(EntityType type, String name, Resource entity) {
            byName.putIfAbsent(type + "\t" + Slugs.key(name), entity);
        }

        private void evidence(Resource subject, Property predicate, Resource object, List<Evidence> evidence) {
            for (Evidence ev : evidence) {
                Resource node = m.createResource(iris.evidence(paper.getURI(), ++evidenceCount))
                        .addProperty(RDF.type, PK.Evidence)
                        .addProperty(RDF.subject, subject)
                        .addProperty(RDF.predicate, predicate)
                        .addProperty(RDF.object, object)
                        .addProperty(PK.inPaper, paper)
                        .addLiteral(PK.confidence, decimal(BigDecimal.valueOf(ev.confidence()).setScale(3, RoundingMode.HALF_UP)))
                        .addProperty(PK.sentence, ev.sentence())
                        .addProperty(PK.section, ev.section().name().toLowerCase(Locale.ROOT))
                        .addLiteral(PK.charStart, integer(ev.start()))
                        .addLiteral(PK.charEnd, integer(ev.end()))
                        .addProperty(PK.producedBy, ev.producer())
                        .addProperty(PK.extractorVersion, version);
                String text = sectionText(ev);
                if (text != null && ev.end() <= text.length()) {
                    node.addProperty(PK.mentionText, ev.cut(text));
                }
            }
        }

        private String sectionText(Evidence ev) {
            Property p = switch (ev.section()) {
                case TITLE -> DCTerms.title;
                case ABSTRACT -> DCTerms.abstract_;
            };
            return paper.hasProperty(p) ? paper.getProperty(p).getString() : null;
        }

        private Literal decimal(BigDecimal value) {
            return m.createTypedLiteral(value.stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
        }

        private Literal integer(int value) {
            return m.createTypedLiteral(Integer.toString(value), XSDDatatype.XSDinteger);
        }
    }

    private static boolean isValidIri(String s) {
        try {
            IRIx iri = IRIx.create(s);
            return iri.isAbsolute() && !iri.hasViolations();
        } catch (IRIException e) {
            return false;
        }
    }

    private static List<Evidence> firstMentions(List<Evidence> evidence) {
        return evidence.subList(0, Math.min(MAX_EVIDENCE_PER_FACT, evidence.size()));
    }

    /** The mentions that state the proposal (a proposal pattern or a title prefix), else the first. */
    private static List<Evidence> proposalEvidence(List<Evidence> evidence) {
        List<Evidence> proposal = new ArrayList<>();
        for (Evidence ev : evidence) {
            if (ev.statesProposal()) {
                proposal.add(ev);
            }
        }
        return firstMentions(proposal.isEmpty() ? evidence.subList(0, 1) : proposal);
    }
}
