package org.paperkg.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.paperkg.domain.EntityType;
import org.paperkg.ingest.SourceRef;

/**
 * Mints every IRI paperkg writes, under one configurable resource base, so that the same input
 * always yields the same IRIs and a rebuild is idempotent.
 *
 * <pre>{@code
 * ResourceIris iris = ResourceIris.withBase("https://w3id.org/paperkg/resource/");
 * iris.paper("arxiv-2503.11677");           // .../resource/paper/arxiv-2503.11677
 * iris.paperGraph("arxiv-2503.11677");      // .../resource/graph/paper/arxiv-2503.11677
 * iris.entity(EntityType.DATASET, "imagenet"); // .../resource/dataset/imagenet
 * }</pre>
 *
 * @param base the resource base, ending in '/' or '#'
 */
public record ResourceIris(String base) {

    /** The default base under which paperkg mints resource IRIs. */
    public static final String DEFAULT_BASE = "https://w3id.org/paperkg/resource/";

    public ResourceIris {
        Objects.requireNonNull(base, "base");
        if (!(base.startsWith("http://") || base.startsWith("https://"))) {
            throw new IllegalArgumentException("resource base must be an http(s) IRI, got '" + base + "'");
        }
        if (!(base.endsWith("/") || base.endsWith("#"))) {
            throw new IllegalArgumentException("resource base must end with '/' or '#', got '" + base + "'");
        }
    }

    /** The default base, {@value #DEFAULT_BASE}. */
    public static ResourceIris defaults() {
        return new ResourceIris(DEFAULT_BASE);
    }

    public static ResourceIris withBase(String base) {
        return new ResourceIris(base);
    }

    public String paper(String localId) {
        return base + "paper/" + localId;
    }

    /** The named graph that holds one paper's triples. */
    public String paperGraph(String localId) {
        return base + "graph/paper/" + localId;
    }

    /** The graph that holds the curated lexicon (the entity catalogue). */
    public String lexiconGraph() {
        return base + "graph/lexicon";
    }

    /** The graph that holds the VoID/DCAT description of the dataset. */
    public String voidGraph() {
        return base + "graph/void";
    }

    /** The graph that holds the precomputed statistics (see {@code pk:Statistics}). */
    public String statisticsGraph() {
        return base + "graph/statistics";
    }

    /** The subject of the statistics graph. */
    public String statistics() {
        return base + "dataset/statistics";
    }

    /**
     * One count of the statistics graph: {@code kind} ("entity-count", "pair-count",
     * "task-code-count") and a hash of what it counts, so that a rebuild of the same store writes
     * the same IRIs (and dumps of it can be compared, which blank nodes of the same shape defeat).
     */
    public String statisticsCount(String kind, String key) {
        return statistics() + "/" + kind + "/" + shortHash(key);
    }

    /**
     * The ranking of the most used entities of one link at one band, such as
     * {@code .../dataset/statistics/ranking/usesMethod/0.8}.
     */
    public String statisticsRanking(String linkLocalName, String band) {
        return statistics() + "/ranking/" + linkLocalName + "/" + band;
    }

    /** The dataset being described (subject of the VoID description). */
    public String dataset() {
        return base + "dataset";
    }

    /** The SKOS concept scheme of the curated lexicon. */
    public String lexiconScheme() {
        return base + "lexicon";
    }

    public String entity(EntityType type, String slug) {
        return base + type.pathSegment() + "/" + slug;
    }

    /** A source record of a paper: stable for the same file and line. */
    public String source(String paperIri, SourceRef ref) {
        return paperIri + "/source/" + shortHash(ref.file() + "\n" + ref.line());
    }

    public String result(String paperIri, int index) {
        return paperIri + "/result/" + index;
    }

    public String evidence(String paperIri, int index) {
        return paperIri + "/evidence/" + index;
    }

    /** True when {@code iri} lies under this base. */
    public boolean owns(String iri) {
        return iri.startsWith(base);
    }

    /** Moves an IRI minted under {@code otherBase} (the lexicon files use the default) to this base. */
    public String rebase(String iri, String otherBase) {
        return iri.startsWith(otherBase) && !otherBase.equals(base) ? base + iri.substring(otherBase.length()) : iri;
    }

    /** First 16 hex digits of the SHA-256 of {@code text}: the stable hash used in IRIs. */
    public static String shortHash(String text) {
        return sha256Hex(text).substring(0, 16);
    }

    public static String sha256Hex(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
