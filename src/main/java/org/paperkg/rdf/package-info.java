/**
 * Jena first appears in this package. It turns the plain records of {@code ingest} and
 * {@code extract} into RDF under paperkg's own ontology.
 *
 * <p><b>Vocabulary.</b> {@link org.paperkg.rdf.PK} has one constant for each term of
 * {@code ontology/paperkg.ttl} (namespace {@code https://w3id.org/paperkg/ontology#}, prefix
 * {@code pk}). {@code OntologyTest} keeps the two in step in both directions and checks that
 * {@code ontology/shapes.ttl} accepts a well-formed paper graph. Other terms are reused as they
 * are: DCMI Terms for a paper's title, abstract, date and identifiers, SKOS for the names and
 * families of entities, and {@code rdf:subject/predicate/object} for evidence.
 *
 * <p><b>Mapping.</b> A paper becomes a {@code pk:Paper} with its cleaned text, originals, dates,
 * identifiers and one {@code pk:SourceRecord} for each input it was read from. Each extracted
 * method, dataset, metric or task becomes a link of the matching kind ({@code pk:usesMethod},
 * {@code pk:usesDataset}, {@code pk:usesMetric}, {@code pk:addressesTask}), plus
 * {@code pk:proposes} when the paper introduces it. It points to an entity IRI shared by all
 * papers, minted by the {@code link} stage. Results become {@code pk:Result} nodes, code URLs
 * become {@code pk:codeRepository} IRIs, and comparisons become {@code pk:outperforms}. Every one
 * of these triples gets one {@code pk:Evidence} node for each mention (sentence, section,
 * UTF-16 offsets, producer, extractor version, confidence), so any link can be traced to its
 * text with a single pattern:
 *
 * <pre>{@code
 * ?ev a pk:Evidence ; rdf:subject ?paper ; rdf:predicate pk:usesDataset ; rdf:object ?ds ;
 *     pk:confidence ?c ; pk:sentence ?s .
 * }</pre>
 *
 * <p><b>One named graph per paper.</b> All of a paper's triples live in a named graph of their
 * own, including the type and label of each entity it links to. Re-extracting a paper then means
 * replacing exactly one graph, and that graph validates against the shapes without the rest of
 * the store. Queries that look across papers use the union graph.
 */
package org.paperkg.rdf;
