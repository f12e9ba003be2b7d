package org.paperkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.paperkg.domain.EntityType;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.LexiconEntry;
import org.paperkg.link.EntityResolver;
import org.paperkg.link.ResourceIris;

/**
 * The RDF of two papers, compared by graph isomorphism with golden files written and checked by
 * hand. On a mismatch the test names the triples that are missing and those that are extra.
 */
class PaperGraphGoldenTest {

    private static final List<LexiconEntry> LEXICON = List.of(
            new LexiconEntry("https://w3id.org/paperkg/resource/dataset/multinli", EntityType.DATASET, "MultiNLI",
                    List.of("MNLI", "Multi-Genre Natural Language Inference"), null),
            new LexiconEntry("https://w3id.org/paperkg/resource/metric/accuracy", EntityType.METRIC, "accuracy",
                    List.of(), null));

    private final PaperGraphBuilder builder = new PaperGraphBuilder(ResourceIris.defaults(),
            new EntityResolver(ResourceIris.defaults(), LEXICON));

    @Test
    void aPaperWithoutFactsMatchesItsGoldenGraph() {
        Model actual = builder.build("arxiv-1512.03385", GoldenPapers.arxivPaper(), "hash-1", Extraction.none());
        RdfAssert.assertIsomorphic(actual, load("golden-arxiv-paper.ttl"));
    }

    @Test
    void aPaperWithExtractedFactsMatchesItsGoldenGraph() {
        Model actual = builder.build("t-0123456789abcdef", GoldenPapers.listingPaper(), "hash-2",
                GoldenPapers.loraExtraction());
        RdfAssert.assertIsomorphic(actual, load("golden-lora-paper.ttl"));
    }

    @Test
    void buildingTwiceGivesTheSameGraph() {
        Model a = builder.build("t-0123456789abcdef", GoldenPapers.listingPaper(), "h", GoldenPapers.loraExtraction());
        Model b = builder.build("t-0123456789abcdef", GoldenPapers.listingPaper(), "h", GoldenPapers.loraExtraction());
        assertThat(a.isIsomorphicWith(b)).isTrue();
        assertThat(a.size()).isEqualTo(b.size());
    }

    private static Model load(String name) {
        return RDFDataMgr.loadModel(Path.of("src/test/resources/rdf", name).toString());
    }
}
