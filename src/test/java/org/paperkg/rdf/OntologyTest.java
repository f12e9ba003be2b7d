package org.paperkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.domain.EntityType;

/**
 * Keeps {@link PK}, {@code ontology/paperkg.ttl} and {@code ontology/shapes.ttl} in step: every
 * constant is a documented term and every term a constant, and the shapes accept a well-formed
 * paper graph while pinning each kind of breakage to the property that is wrong.
 */
class OntologyTest {

    private static final Path ONTOLOGY = Path.of("ontology/paperkg.ttl");
    private static final Path SHAPES = Path.of("ontology/shapes.ttl");
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final Set<Resource> TERM_TYPES =
            Set.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.AnnotationProperty);

    private static Model ontology;
    private static Shapes shapes;

    @BeforeAll
    static void load() {
        ontology = RDFDataMgr.loadModel(ONTOLOGY.toString());
        shapes = Shapes.parse(RDFDataMgr.loadGraph(SHAPES.toString()));
    }

    // ---------------------------------------------------------------------------------------------
    // Ontology and PK agree
    // ---------------------------------------------------------------------------------------------

    @Test
    void everyPkConstantIsADeclaredAndDocumentedTerm() {
        Map<String, Resource> constants = pkConstants();
        assertThat(constants).hasSizeGreaterThan(40);
        List<String> problems = new ArrayList<>();
        constants.forEach((name, term) -> {
            Set<Resource> types = ontology.listObjectsOfProperty(term, RDF.type).toList().stream()
                    .map(RDFNode::asResource).filter(TERM_TYPES::contains).collect(Collectors.toSet());
            if (types.size() != 1) {
                problems.add(name + " has term types " + types + ", expected exactly one of " + TERM_TYPES);
            }
            if (term instanceof Property && types.contains(OWL2.Class)) {
                problems.add(name + " is a Property constant but declared an owl:Class");
            }
            if (!(term instanceof Property) && !types.isEmpty() && !types.contains(OWL2.Class)) {
                problems.add(name + " is a Resource constant but declared a property");
            }
            if (englishText(term, RDFS.label).isEmpty()) {
                problems.add(name + " has no English rdfs:label");
            }
            if (englishText(term, RDFS.comment).isEmpty()) {
                problems.add(name + " has no English rdfs:comment");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPkIriInTheOntologyHasAConstant() {
        Set<String> constants = pkConstants().values().stream().map(Resource::getURI).collect(Collectors.toSet());
        // Any position, so that a misspelt range or super-property is caught as well.
        Set<String> used = new TreeSet<>();
        ontology.listStatements().forEach(s -> {
            for (RDFNode n : List.of(s.getSubject(), s.getPredicate(), s.getObject())) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(PK.NS)) {
                    used.add(n.asResource().getURI());
                }
            }
        });
        assertThat(used).isNotEmpty();
        assertThat(used).isSubsetOf(constants);
    }

    @Test
    void headerNamesVersionLicenceAndPrefix() {
        Resource onto = ontology.getResource(PK.ONTOLOGY_IRI);
        assertThat(onto.hasProperty(RDF.type, OWL2.Ontology)).isTrue();
        assertThat(onto.getPropertyResourceValue(OWL2.versionIRI))
                .isEqualTo(ontology.getResource(PK.ONTOLOGY_IRI + "/0.1.0"));
        assertThat(onto.getProperty(OWL2.versionInfo).getString()).isEqualTo("0.1.0");
        assertThat(onto.getPropertyResourceValue(DCTerms.license))
                .isEqualTo(ontology.getResource("https://creativecommons.org/licenses/by/4.0/"));
        assertThat(onto.getProperty(DCTerms.creator).getString()).isEqualTo("paperkg developers");
        assertThat(englishText(onto, DCTerms.title)).isNotEmpty();
        assertThat(englishText(onto, DCTerms.description)).contains(
                "rdf:subject ?paper ; rdf:predicate pk:usesDataset ; rdf:object ?ds ;");
        assertThat(onto.getProperty(ontology.createProperty("http://purl.org/vocab/vann/preferredNamespacePrefix"))
                .getString()).isEqualTo("pk");
        assertThat(ontology.getResource(PK.LEXICON_SCHEME).hasProperty(RDF.type, SKOS.ConceptScheme)).isTrue();
    }

    @Test
    void entityKindsAreDisjointSkosConcepts() {
        assertThat(PK.Entity.inModel(ontology).hasProperty(RDFS.subClassOf, SKOS.Concept)).isTrue();
        List<Resource> kinds = List.of(PK.Method, PK.Dataset, PK.Metric, PK.Task);
        for (Resource kind : kinds) {
            assertThat(kind.inModel(ontology).hasProperty(RDFS.subClassOf, PK.Entity)).as(kind.getURI()).isTrue();
            for (Resource other : kinds) {
                if (!other.equals(kind)) {
                    assertThat(ontology.contains(kind, OWL2.disjointWith, other))
                            .as(kind.getLocalName() + " disjoint with " + other.getLocalName()).isTrue();
                }
            }
        }
    }

    @Test
    void everyEntityKindNamesADeclaredClassAndTheLinkPropertyWhoseRangeItIs() {
        for (EntityType kind : EntityType.values()) {
            Resource cls = PK.classOf(kind);
            assertThat(cls.inModel(ontology).hasProperty(RDFS.subClassOf, PK.Entity)).as(cls.getURI()).isTrue();
            Property link = PK.linkOf(kind);
            assertThat(ontology.contains(link, RDFS.subPropertyOf, PK.mentions)).as(link.getURI()).isTrue();
            assertThat(range(link)).as("range of " + link.getLocalName()).isEqualTo(cls);
            assertThat(PK.kindOfLink(link.getURI())).contains(kind);
        }
        assertThat(PK.kindOfLink(PK.proposes.getURI())).isEmpty();
        assertThat(PK.anyEntityLinkPath()).isEqualTo("pk:usesMethod|pk:usesDataset|pk:usesMetric|pk:addressesTask");
    }

    @Test
    void linkPropertiesHangUnderMentionsWithTheirRanges() {
        Set<Resource> subs = ontology.listSubjectsWithProperty(RDFS.subPropertyOf, PK.mentions).toSet();
        assertThat(subs).containsExactlyInAnyOrder(
                PK.proposes, PK.usesMethod, PK.usesDataset, PK.usesMetric, PK.addressesTask);
        assertThat(range(PK.usesMethod)).isEqualTo(PK.Method);
        assertThat(range(PK.usesDataset)).isEqualTo(PK.Dataset);
        assertThat(range(PK.usesMetric)).isEqualTo(PK.Metric);
        assertThat(range(PK.addressesTask)).isEqualTo(PK.Task);
        assertThat(range(PK.proposes)).isEqualTo(PK.Entity);
        assertThat(range(PK.reportsResult)).isEqualTo(PK.Result);
        assertThat(range(PK.outperforms)).isEqualTo(PK.Method);
        assertThat(range(PK.listingDate).getURI()).endsWith("#gMonthDay");
        assertThat(range(PK.value).getURI()).endsWith("#decimal");
        assertThat(ontology.contains(PK.arxivId, RDFS.subPropertyOf, DCTerms.identifier)).isTrue();
        assertThat(ontology.contains(PK.source, RDFS.subPropertyOf, ontology.getResource(PROV + "wasDerivedFrom")))
                .isTrue();
        assertThat(ontology.contains(PK.Evidence, RDFS.subClassOf, RDF.Statement)).isTrue();
    }

    @Test
    void everyPropertyHasADomainAndDatatypePropertiesAnXsdRange() {
        List<String> problems = new ArrayList<>();
        for (Resource term : pkConstants().values()) {
            if (!(term instanceof Property)) {
                continue;
            }
            if (!ontology.contains(term, RDFS.domain)) {
                problems.add(term.getLocalName() + " has no rdfs:domain");
            }
            if (ontology.contains(term, RDF.type, OWL2.DatatypeProperty)
                    && (range(term) == null || !range(term).getURI().startsWith("http://www.w3.org/2001/XMLSchema#"))) {
                problems.add(term.getLocalName() + " is a datatype property without an xsd range");
            }
        }
        assertThat(problems).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------
    // The documented queries run
    // ---------------------------------------------------------------------------------------------

    @Test
    void exampleQueriesFindTheDatasetLinkWithItsBestConfidence() {
        List<String> examples = ontology.getResource(PK.ONTOLOGY_IRI).listProperties(SKOS.example).toList()
                .stream().map(Statement::getString).sorted().toList();
        assertThat(examples).hasSize(2);
        String threshold = examples.stream().filter(q -> q.contains("FILTER(?c >= 0.8)")).findFirst().orElseThrow();
        String grouped = examples.stream().filter(q -> q.contains("GROUP BY")).findFirst().orElseThrow();

        Model data = validPaper();
        List<QuerySolution> kept = select(threshold, data);
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).getResource("dataset").getURI()).isEqualTo(RES + "dataset/imagenet");

        List<QuerySolution> links = select(grouped, data);
        assertThat(links).hasSize(1);
        assertThat(links.get(0).getLiteral("confidence").getValue()).isEqualTo(new BigDecimal("0.92"));
        assertThat(links.get(0).getLiteral("sentences").getInt()).isEqualTo(2);

        // Below the threshold on every piece of evidence, the link is dropped.
        Model weak = variant(m -> evidence(m, PK.usesDataset).forEach(ev -> {
            ev.removeAll(PK.confidence);
            ev.addLiteral(PK.confidence, m.createTypedLiteral(new BigDecimal("0.5")));
        }));
        assertThat(select(threshold, weak)).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------
    // Shapes
    // ---------------------------------------------------------------------------------------------

    @Test
    void shapesParseWithTargetsForEveryValidatedClass() {
        assertThat(shapes.numShapes()).isGreaterThan(10);
        Set<Node> targeted = new HashSet<>();
        shapes.getTargetShapes().forEach(s -> s.getTargets().forEach(t -> targeted.add(t.getObject())));
        assertThat(targeted).contains(PK.Paper.asNode(), PK.SourceRecord.asNode(), PK.Method.asNode(),
                PK.Dataset.asNode(), PK.Metric.asNode(), PK.Task.asNode(), PK.Result.asNode(),
                PK.Evidence.asNode());
    }

    @Test
    void wellFormedPaperGraphConforms() {
        ValidationReport report = validate(validPaper());
        assertThat(report.getEntries()).as("report entries").isEmpty();
        assertThat(report.conforms()).isTrue();
    }

    @Test
    void paperWithoutAbstractIsReportedOnDctermsAbstract() {
        Model broken = variant(m -> m.removeAll(paper(m), DCTerms.abstract_, null));
        assertThat(violatedPaths(broken)).containsExactly(DCTerms.abstract_.getURI());
    }

    @Test
    void confidenceAboveOneIsReportedOnConfidence() {
        Model broken = variant(m -> evidence(m, PK.usesDataset).get(0).removeAll(PK.confidence)
                .addLiteral(PK.confidence, m.createTypedLiteral(new BigDecimal("1.5"))));
        assertThat(violatedPaths(broken)).containsExactly(PK.confidence.getURI());
    }

    @Test
    void resultWithoutValueIsReportedOnValue() {
        Model broken = variant(m -> m.removeAll(null, PK.value, null));
        assertThat(violatedPaths(broken)).containsExactly(PK.value.getURI());
    }

    @Test
    void endBeforeStartIsReportedOnCharStart() {
        Model broken = variant(m -> {
            Resource ev = evidence(m, PK.usesDataset).get(0);
            ev.removeAll(PK.charStart).removeAll(PK.charEnd);
            // BigInteger, not int: Jena types an int as xsd:int, which the shapes reject as not xsd:integer.
            ev.addLiteral(PK.charStart, m.createTypedLiteral(BigInteger.valueOf(50)))
                    .addLiteral(PK.charEnd, m.createTypedLiteral(BigInteger.valueOf(47)));
        });
        ValidationReport report = validate(broken);
        assertThat(paths(report)).containsExactly(PK.charStart.getURI());
        assertThat(report.getEntries()).singleElement()
                .extracting(e -> e.sourceConstraintComponent().getLocalName())
                .isEqualTo("LessThanOrEqualsConstraintComponent");
    }

    @Test
    void linkWithoutEvidenceIsReportedOnItsProperty() {
        Model broken = variant(m -> evidence(m, PK.usesDataset).forEach(Resource::removeProperties));
        ValidationReport report = validate(broken);
        assertThat(paths(report)).containsExactly(PK.usesDataset.getURI());
        assertThat(report.getEntries()).singleElement()
                .satisfies(e -> assertThat(e.focusNode().getURI()).isEqualTo(RES + "paper/2503.11677"));
    }

    @Test
    void evidenceForAnUnstatedFactIsReported() {
        Model broken = variant(m -> {
            // The text still mentions ImageNet, but the link itself was dropped.
            m.removeAll(paper(m), PK.usesDataset, null);
        });
        ValidationReport report = validate(broken);
        assertThat(report.getEntries()).hasSize(2)
                .allSatisfy(e -> assertThat(e.message()).contains("does not state that triple"));
    }

    @Test
    void entityOfTwoKindsViolatesExactlyOneKind() {
        Model broken = variant(m -> m.getResource(RES + "dataset/imagenet").addProperty(RDF.type, PK.Metric));
        ValidationReport report = validate(broken);
        List<ReportEntry> violations = report.getEntries().stream()
                .filter(e -> e.severity().equals(Severity.Violation)).toList();
        assertThat(violations).singleElement().satisfies(e -> {
            assertThat(e.focusNode().getURI()).isEqualTo(RES + "dataset/imagenet");
            assertThat(e.sourceConstraintComponent().getLocalName()).isEqualTo("XoneConstraintComponent");
        });
        // As a metric its IRI is in the wrong folder: a convention, so only a warning.
        assertThat(report.getEntries()).filteredOn(e -> e.severity().equals(Severity.Warning))
                .singleElement().satisfies(e -> assertThat(e.message()).contains("resource/metric/"));
    }

    @Test
    void resultWhoseMetricIsADatasetIsReportedOnMetric() {
        Model broken = variant(m -> m.getResource(RES + "result/2503.11677-1").removeAll(PK.metric)
                .addProperty(PK.metric, m.getResource(RES + "dataset/imagenet")));
        assertThat(violatedPaths(broken)).containsExactly(PK.metric.getURI());
    }

    // ---------------------------------------------------------------------------------------------
    // Fixture: one paper graph as the rdf stage is meant to write it
    // ---------------------------------------------------------------------------------------------

    private static final String RES = PK.DEFAULT_RESOURCE_BASE;

    // Title "Training Small Vision Transformers on ImageNet": "ImageNet" is [38, 46).
    // Abstract "We train a small vision transformer on ImageNet and reach 81.2% top-1 accuracy.":
    // "ImageNet" is [39, 47), "81.2% top-1 accuracy" is [58, 78).
    private static final String VALID_PAPER = """
            @base <https://w3id.org/paperkg/resource/> .
            @prefix pk:      <https://w3id.org/paperkg/ontology#> .
            @prefix rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix skos:    <http://www.w3.org/2004/02/skos/core#> .

            <paper/2503.11677> a pk:Paper ;
                dcterms:title "Training Small Vision Transformers on ImageNet" ;
                dcterms:abstract "We train a small vision transformer on ImageNet and reach 81.2% top-1 accuracy." ;
                pk:originalTitle "Training Small Vision Transformers on {ImageNet}" ;
                pk:originalAbstract "We train a small vision transformer on ImageNet and reach 81.2\\\\% top-1 accuracy." ;
                dcterms:issued "2025-03-14"^^xsd:date ;
                pk:listingDate "--03-14"^^xsd:gMonthDay ;
                pk:arxivId "2503.11677" ;
                dcterms:identifier "2503.11677" ;
                pk:category "cs.CV" , "cs.LG" ;
                pk:source <source/arxiv-cs-cv.txt/12> ;
                pk:contentHash "sha256:4f2a9c" ;
                pk:usesDataset <dataset/imagenet> ;
                pk:reportsResult <result/2503.11677-1> .

            <source/arxiv-cs-cv.txt/12> a pk:SourceRecord ;
                pk:sourceFile "corpora/arxiv-cs-cv.txt" ;
                pk:sourceLine 12 .

            <dataset/imagenet> a pk:Dataset ;
                rdfs:label "ImageNet" ;
                skos:prefLabel "ImageNet" ;
                skos:exactMatch <http://www.wikidata.org/entity/Q24901201> .

            <metric/top-1-accuracy> a pk:Metric ;
                rdfs:label "top-1 accuracy" ;
                pk:higherIsBetter true .

            <result/2503.11677-1> a pk:Result ;
                pk:metric <metric/top-1-accuracy> ;
                pk:dataset <dataset/imagenet> ;
                pk:value 81.2 ;
                pk:unit "%" ;
                pk:valueText "81.2%" ;
                pk:isDelta false .

            [] a pk:Evidence ;
                rdf:subject <paper/2503.11677> ; rdf:predicate pk:usesDataset ; rdf:object <dataset/imagenet> ;
                pk:inPaper <paper/2503.11677> ;
                pk:confidence 0.92 ;
                pk:section "abstract" ;
                pk:sentence "We train a small vision transformer on ImageNet and reach 81.2% top-1 accuracy." ;
                pk:charStart 39 ; pk:charEnd 47 ;
                pk:mentionText "ImageNet" ;
                pk:producedBy "lexicon" ;
                pk:extractorVersion "0.1.0" .

            [] a pk:Evidence ;
                rdf:subject <paper/2503.11677> ; rdf:predicate pk:usesDataset ; rdf:object <dataset/imagenet> ;
                pk:inPaper <paper/2503.11677> ;
                pk:confidence 0.7 ;
                pk:section "title" ;
                pk:sentence "Training Small Vision Transformers on ImageNet" ;
                pk:charStart 38 ; pk:charEnd 46 ;
                pk:mentionText "ImageNet" ;
                pk:producedBy "lexicon" ;
                pk:extractorVersion "0.1.0" .

            [] a pk:Evidence ;
                rdf:subject <paper/2503.11677> ; rdf:predicate pk:reportsResult ; rdf:object <result/2503.11677-1> ;
                pk:inPaper <paper/2503.11677> ;
                pk:confidence 0.85 ;
                pk:section "abstract" ;
                pk:sentence "We train a small vision transformer on ImageNet and reach 81.2% top-1 accuracy." ;
                pk:charStart 58 ; pk:charEnd 78 ;
                pk:mentionText "81.2% top-1 accuracy" ;
                pk:producedBy "pattern:result" ;
                pk:extractorVersion "0.1.0" .
            """;

    private static Model validPaper() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(VALID_PAPER)).lang(Lang.TURTLE).parse(m);
        return m;
    }

    /** The valid paper with one change applied. */
    private static Model variant(Consumer<Model> change) {
        Model m = validPaper();
        change.accept(m);
        return m;
    }

    private static Resource paper(Model m) {
        return m.getResource(RES + "paper/2503.11677");
    }

    private static List<Resource> evidence(Model m, Property predicate) {
        return m.listSubjectsWithProperty(RDF.predicate, predicate).toList();
    }

    private static ValidationReport validate(Model data) {
        return ShaclValidator.get().validate(shapes, data.getGraph());
    }

    /** The result paths of a report's entries, as IRIs; fails on a complex path. */
    private static Set<String> paths(ValidationReport report) {
        Set<String> paths = new TreeSet<>();
        for (ReportEntry e : report.getEntries()) {
            assertThat(e.resultPath()).as("result path of " + e).isInstanceOf(P_Link.class);
            paths.add(((P_Link) e.resultPath()).getNode().getURI());
        }
        return paths;
    }

    /** The paths of all results, which must all be violations. */
    private static Set<String> violatedPaths(Model data) {
        ValidationReport report = validate(data);
        assertThat(report.conforms()).isFalse();
        assertThat(report.getEntries())
                .allSatisfy(e -> assertThat(e.severity()).isEqualTo(Severity.Violation));
        return paths(report);
    }

    private static List<QuerySolution> select(String query, Model data) {
        try (QueryExecution qe = QueryExecution.model(data).query(query).build()) {
            ResultSet rs = qe.execSelect();
            List<QuerySolution> rows = new ArrayList<>();
            rs.forEachRemaining(rows::add);
            return rows;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Ontology helpers
    // ---------------------------------------------------------------------------------------------

    /** PK's static Resource and Property constants by field name. */
    private static Map<String, Resource> pkConstants() {
        Map<String, Resource> constants = new TreeMap<>();
        for (Field f : PK.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                try {
                    constants.put(f.getName(), (Resource) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read PK." + f.getName(), e);
                }
            }
        }
        return constants;
    }

    private static String englishText(Resource term, Property p) {
        return ontology.listObjectsOfProperty(term.inModel(ontology), p).toList().stream()
                .filter(RDFNode::isLiteral).map(RDFNode::asLiteral)
                .filter(l -> l.getLanguage().equals("en"))
                .map(Literal::getString).filter(s -> !s.isBlank())
                .findFirst().orElse("");
    }

    private static Resource range(Resource property) {
        return property.inModel(ontology).getPropertyResourceValue(RDFS.range);
    }
}
