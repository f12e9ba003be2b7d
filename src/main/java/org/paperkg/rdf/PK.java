package org.paperkg.rdf;

import java.util.Optional;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.paperkg.domain.EntityType;
import org.paperkg.link.ResourceIris;

/**
 * The paperkg ontology's terms ({@code ontology/paperkg.ttl}), one constant each; a test checks
 * that every constant is declared there and every declared term has a constant.
 */
public final class PK {

    /** The ontology namespace; prefix {@code pk}. */
    public static final String NS = "https://w3id.org/paperkg/ontology#";

    /** The ontology itself. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/paperkg/ontology";

    /** The default base under which paperkg mints resource IRIs. */
    public static final String DEFAULT_RESOURCE_BASE = ResourceIris.DEFAULT_BASE;

    /**
     * The SKOS concept scheme of the curated lexicon, declared in the ontology file; the lexicon
     * loader puts every curated entity in it with {@code skos:inScheme}.
     */
    public static final String LEXICON_SCHEME = DEFAULT_RESOURCE_BASE + "lexicon";

    // Classes
    public static final Resource Paper = resource("Paper");
    public static final Resource Entity = resource("Entity");
    public static final Resource Method = resource("Method");
    public static final Resource Dataset = resource("Dataset");
    public static final Resource Metric = resource("Metric");
    public static final Resource Task = resource("Task");
    public static final Resource Result = resource("Result");
    public static final Resource Evidence = resource("Evidence");
    public static final Resource SourceRecord = resource("SourceRecord");

    // Paper to entity links (all sub-properties of pk:mentions)
    public static final Property mentions = property("mentions");
    public static final Property proposes = property("proposes");
    public static final Property usesMethod = property("usesMethod");
    public static final Property usesDataset = property("usesDataset");
    public static final Property usesMetric = property("usesMetric");
    public static final Property addressesTask = property("addressesTask");

    // Other paper properties
    public static final Property reportsResult = property("reportsResult");
    public static final Property codeRepository = property("codeRepository");
    public static final Property originalTitle = property("originalTitle");
    public static final Property originalAbstract = property("originalAbstract");
    public static final Property listingDate = property("listingDate");
    public static final Property arxivId = property("arxivId");
    public static final Property category = property("category");
    public static final Property source = property("source");
    public static final Property contentHash = property("contentHash");

    // Precomputed statistics (their own graph, ResourceIris.statisticsGraph)
    public static final Resource StatisticsRecord = resource("StatisticsRecord");
    public static final Resource Count = resource("Count");
    public static final Resource Statistics = resource("Statistics");
    public static final Resource EntityCount = resource("EntityCount");
    public static final Resource PairCount = resource("PairCount");
    public static final Resource TaskCodeCount = resource("TaskCodeCount");
    public static final Property confidenceBand = property("confidenceBand");
    public static final Property rankedTop = property("rankedTop");
    public static final Property entity = property("entity");
    public static final Property coEntity = property("coEntity");
    public static final Property link = property("link");
    public static final Property coLink = property("coLink");
    public static final Property papers = property("papers");
    public static final Property papersWithCode = property("papersWithCode");
    public static final Property rank = property("rank");
    public static final Resource Ranking = resource("Ranking");
    public static final Property rankedLink = property("rankedLink");
    public static final Property inRanking = property("inRanking");
    public static final Property entities = property("entities");
    public static final Property newestPaper = property("newestPaper");
    public static final Resource PeriodCount = resource("PeriodCount");
    public static final Property period = property("period");

    // Source records
    public static final Property sourceFile = property("sourceFile");
    public static final Property sourceLine = property("sourceLine");

    // Results
    public static final Property metric = property("metric");
    public static final Property dataset = property("dataset");
    public static final Property method = property("method");
    public static final Property value = property("value");
    public static final Property unit = property("unit");
    public static final Property valueText = property("valueText");
    public static final Property isDelta = property("isDelta");

    // Entities
    public static final Property outperforms = property("outperforms");
    public static final Property higherIsBetter = property("higherIsBetter");

    // Evidence (subject, predicate and object of the supported fact use rdf:subject/predicate/object)
    public static final Property inPaper = property("inPaper");
    public static final Property confidence = property("confidence");
    public static final Property sentence = property("sentence");
    public static final Property section = property("section");
    public static final Property charStart = property("charStart");
    public static final Property charEnd = property("charEnd");
    public static final Property mentionText = property("mentionText");
    public static final Property producedBy = property("producedBy");
    public static final Property extractorVersion = property("extractorVersion");

    private PK() {
    }

    /** The ontology class of an entity kind ({@code pk:Method}). */
    public static Resource classOf(EntityType type) {
        return resource(type.label());
    }

    /** The property a paper links to an entity of a kind with ({@code pk:usesMethod}). */
    public static Property linkOf(EntityType type) {
        return property(type.linkLocalName());
    }

    /** The entity kind a paper-to-entity link property leads to, by the property's IRI. */
    public static Optional<EntityType> kindOfLink(String linkIri) {
        return linkIri.startsWith(NS) ? EntityType.ofLinkName(linkIri.substring(NS.length())) : Optional.empty();
    }

    /**
     * The SPARQL property path of every paper-to-entity link, in {@link EntityType} order:
     * {@code pk:usesMethod|pk:usesDataset|pk:usesMetric|pk:addressesTask} (needs the {@code pk} prefix).
     */
    public static String anyEntityLinkPath() {
        StringBuilder sb = new StringBuilder();
        for (EntityType t : EntityType.values()) {
            sb.append(sb.isEmpty() ? "" : "|").append("pk:").append(t.linkLocalName());
        }
        return sb.toString();
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
