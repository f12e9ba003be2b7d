package org.paperkg.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.paperkg.domain.EntityType;
import org.paperkg.link.ResourceIris;
import org.paperkg.rdf.Namespaces;
import org.paperkg.rdf.PK;

/**
 * The statistics graph: counts that would otherwise be aggregated over the whole store on every
 * request, computed once at the end of a build or bulk load (and by {@code paperkg stats
 * --rebuild}). At each confidence band of {@link #BANDS} it holds, per entity and kind of link,
 * the papers that link to it ({@code pk:EntityCount}, the {@link #TOP} most used per link ranked);
 * per pair among the {@link #TOP} most used entities of all kinds, the papers that link to both
 * ({@code pk:PairCount}); per task, the papers addressing it and those with code
 * ({@code pk:TaskCodeCount}); the newest papers ({@code pk:newestPaper}); and the store's papers
 * per month or listing day ({@code pk:PeriodCount}). Each count is taken with the same patterns
 * the catalogue's live queries use, so a query reading them returns the rows live aggregation
 * returns (tested so); each ranked link has a {@code pk:Ranking} node its ranked counts point to.
 *
 * <pre>{@code
 * StatisticsGraph.Summary s = StatisticsGraph.rebuild(store);   // computes and replaces the graph
 * }</pre>
 */
public final class StatisticsGraph {

    /** The confidence bands counts are taken at; 0 counts every stated link. */
    public static final List<BigDecimal> BANDS = List.of(new BigDecimal("0"), new BigDecimal("0.5"), new BigDecimal("0.8"));

    /** How many of the most used entities are ranked per link, and how many of all kinds pairs are counted among. */
    public static final int TOP = 200;

    /** How many of the newest papers the statistics name ({@code pk:newestPaper}), as the home page lists them. */
    public static final int NEWEST = 10;

    /**
     * The {@link #NEWEST} papers with the latest dates (undated last, ties by title): what the
     * statistics name, and what the home page aggregates live without them.
     */
    public static final String NEWEST_PAPERS = "SELECT ?p (SAMPLE(?t) AS ?title) (MAX(?d) AS ?date) WHERE { "
            + "?p a pk:Paper ; dcterms:title ?t . OPTIONAL { ?p dcterms:issued ?d } } "
            + "GROUP BY ?p ORDER BY DESC(?date) ?title LIMIT " + NEWEST;

    /**
     * Binds {@code ?period} for the paper {@code ?p}: the month of its date or, for a listing-page
     * paper without one, its listing day; papers with neither are left out.
     */
    public static final String PAPER_PERIOD = """
              OPTIONAL { ?p dcterms:issued ?issued }
              OPTIONAL { ?p pk:listingDate ?listed }
              BIND(COALESCE(SUBSTR(STR(?issued), 1, 7), STR(?listed)) AS ?period)
              FILTER(BOUND(?period))""";

    /** The store's papers per period ({@link #PAPER_PERIOD}): what pk:PeriodCount holds. */
    public static final String PAPERS_PER_PERIOD = "SELECT ?period (COUNT(?p) AS ?n) WHERE {\n  ?p a pk:Paper ."
            + PAPER_PERIOD + "\n} GROUP BY ?period";

    /** What a rebuild wrote and how long it took. */
    public record Summary(long triples, long entityCounts, long pairCounts, long taskCounts, long millis) {
    }

    /** An entity with one kind of link, and how many papers link to it that way at one band. */
    private record Item(String entity, String link, long papers) {
    }

    private static final Comparator<Item> MOST_USED = Comparator.comparingLong(Item::papers).reversed()
            .thenComparing(Item::entity);

    private StatisticsGraph() {
    }

    /** Computes the statistics of {@code store} and writes them over its statistics graph. */
    public static Summary rebuild(KgStore store) {
        long start = System.nanoTime();
        Dataset ds = store.dataset();
        Counts counts = new Counts();
        Model m = Txn.calculateRead(ds, () -> compute(ds, store.iris(), counts));
        store.replaceGraph(store.iris().statisticsGraph(), m);
        return new Summary(m.size(), counts.entities, counts.pairs, counts.tasks, (System.nanoTime() - start) / 1_000_000);
    }

    private static final class Counts {
        long entities;
        long pairs;
        long tasks;
    }

    private static Model compute(Dataset ds, ResourceIris iris, Counts counts) {
        Model m = ModelFactory.createDefaultModel();
        Namespaces.apply(m, iris);
        Resource stats = m.createResource(iris.statistics()).addProperty(RDF.type, PK.Statistics)
                .addLiteral(PK.rankedTop, integer(m, TOP));
        for (BigDecimal band : BANDS) {
            stats.addLiteral(PK.confidenceBand, m.createTypedLiteral(band.toPlainString(), XSDDatatype.XSDdecimal));
            List<Item> items = entityCounts(ds, band);
            counts.entities += items.size();
            Map<String, List<Item>> byLink = new HashMap<>();
            items.forEach(i -> byLink.computeIfAbsent(i.link(), k -> new ArrayList<>()).add(i));
            for (Map.Entry<String, List<Item>> e : byLink.entrySet()) {
                List<Item> ofLink = e.getValue();
                ofLink.sort(MOST_USED);
                Resource link = m.createResource(e.getKey());
                Resource ranking = m.createResource(iris.statisticsRanking(link.getLocalName(), band.toPlainString()))
                        .addProperty(RDF.type, PK.Ranking)
                        .addProperty(PK.rankedLink, link)
                        .addLiteral(PK.confidenceBand, m.createTypedLiteral(band.toPlainString(), XSDDatatype.XSDdecimal))
                        .addLiteral(PK.entities, integer(m, ofLink.size()));
                for (int r = 0; r < ofLink.size(); r++) {
                    Item i = ofLink.get(r);
                    Resource c = count(m, iris.statisticsCount("entity-count", key(band, i.entity(), i.link())),
                            PK.EntityCount, band, i);
                    if (r < TOP) {
                        c.addLiteral(PK.rank, integer(m, r + 1)).addProperty(PK.inRanking, ranking);
                    }
                }
            }
            counts.pairs += pairs(ds, m, iris, band, items);
            counts.tasks += taskCode(ds, m, iris, band);
        }
        newest(ds, stats);
        periods(ds, m, iris);
        return m;
    }

    /**
     * Papers per period of the whole store, a period being the month of a paper's date or, for a
     * listing-page paper without one, its listing day: the corpus line of every entity page.
     */
    private static void periods(Dataset ds, Model m, ResourceIris iris) {
        select(ds, PAPERS_PER_PERIOD, r -> {
                    String period = r.getLiteral("period").getString();
                    m.createResource(iris.statisticsCount("period-count", period)).addProperty(RDF.type, PK.PeriodCount)
                            .addProperty(PK.period, period)
                            .addLiteral(PK.papers, integer(m, r.getLiteral("n").getLong()));
                });
    }

    /** Names the {@link #NEWEST_PAPERS} on the statistics node. */
    private static void newest(Dataset ds, Resource stats) {
        select(ds, NEWEST_PAPERS, r -> stats.addProperty(PK.newestPaper, r.getResource("p")));
    }

    /** What one count is of, the key of its IRI: the band and the IRIs counted, one per line. */
    private static String key(BigDecimal band, String... iris) {
        return band.toPlainString() + "\n" + String.join("\n", iris);
    }

    private static Resource count(Model m, String iri, Resource type, BigDecimal band, Item i) {
        return m.createResource(iri).addProperty(RDF.type, type)
                .addLiteral(PK.confidenceBand, m.createTypedLiteral(band.toPlainString(), XSDDatatype.XSDdecimal))
                .addProperty(PK.entity, m.createResource(i.entity()))
                .addProperty(PK.link, m.createResource(i.link()))
                .addLiteral(PK.papers, integer(m, i.papers()));
    }

    /** Papers per entity and link at {@code band}: the patterns of top-methods and its kin. */
    private static List<Item> entityCounts(Dataset ds, BigDecimal band) {
        String where = band.signum() == 0
                ? "?p ?link ?e ."
                : "?ev rdf:predicate ?link ; pk:confidence ?c ; rdf:object ?e ; rdf:subject ?p . FILTER(?c >= " + band + ")";
        List<Item> items = new ArrayList<>();
        select(ds, "SELECT ?e ?link (COUNT(DISTINCT ?p) AS ?n) WHERE { " + LINKS + " " + where + " } GROUP BY ?e ?link",
                r -> items.add(new Item(r.getResource("e").getURI(), r.getResource("link").getURI(), r.getLiteral("n").getLong())));
        return items;
    }

    /**
     * Papers per pair among the {@link #TOP} most used entities of all kinds (the source and target
     * lists of cooccurrence-network), the pair ordered by IRI as the query orders it.
     */
    private static long pairs(Dataset ds, Model m, ResourceIris iris, BigDecimal band, List<Item> items) {
        List<Item> top = items.stream().sorted(MOST_USED).limit(TOP).toList();
        Map<String, List<Integer>> itemsOfPaper = new HashMap<>();
        for (int i = 0; i < top.size(); i++) {
            for (String paper : papers(ds, band, top.get(i))) {
                itemsOfPaper.computeIfAbsent(paper, k -> new ArrayList<>()).add(i);
            }
        }
        Map<Long, Long> shared = new HashMap<>();
        for (List<Integer> of : itemsOfPaper.values()) {
            for (int a : of) {
                for (int b : of) {
                    if (top.get(a).entity().compareTo(top.get(b).entity()) < 0) {
                        shared.merge((long) a * TOP + b, 1L, Long::sum);
                    }
                }
            }
        }
        for (Map.Entry<Long, Long> e : shared.entrySet()) {
            Item a = top.get((int) (e.getKey() / TOP));
            Item b = top.get((int) (e.getKey() % TOP));
            String iri = iris.statisticsCount("pair-count", key(band, a.entity(), a.link(), b.entity(), b.link()));
            count(m, iri, PK.PairCount, band, new Item(a.entity(), a.link(), e.getValue()))
                    .addProperty(PK.coEntity, m.createResource(b.entity()))
                    .addProperty(PK.coLink, m.createResource(b.link()));
        }
        return shared.size();
    }

    /** The papers that link to {@code i}'s entity with its link, at {@code band}. */
    private static Set<String> papers(Dataset ds, BigDecimal band, Item i) {
        String e = "<" + i.entity() + ">";
        String link = "<" + i.link() + ">";
        String q = band.signum() == 0
                ? "SELECT DISTINCT ?p WHERE { ?p " + link + " " + e + " }"
                : "SELECT DISTINCT ?p WHERE { ?ev rdf:predicate " + link + " ; rdf:object " + e + " ; pk:confidence ?c ; "
                        + "rdf:subject ?p . FILTER(?c >= " + band + ") }";
        Set<String> out = new HashSet<>();
        select(ds, q, r -> out.add(r.getResource("p").getURI()));
        return out;
    }

    /** Per task, its papers and its papers with code, at {@code band}: the patterns of code-per-task. */
    private static long taskCode(Dataset ds, Model m, ResourceIris iris, BigDecimal band) {
        boolean all = band.signum() == 0;
        String task = all
                ? "?paper pk:addressesTask ?task ."
                : "?ev rdf:predicate pk:addressesTask ; pk:confidence ?c ; rdf:object ?task ; rdf:subject ?paper . "
                        + "FILTER(?c >= " + band + ")";
        String code = all ? "" : "FILTER EXISTS { ?cev rdf:subject ?paper ; rdf:predicate pk:codeRepository ; "
                + "rdf:object ?repo ; pk:confidence ?cc . FILTER(?cc >= " + band + ") }";
        String q = "SELECT ?task (COUNT(DISTINCT ?paper) AS ?papers) (COUNT(DISTINCT ?codePaper) AS ?withCode) WHERE { "
                + task + " OPTIONAL { ?paper pk:codeRepository ?repo . " + code + " BIND(?paper AS ?codePaper) } } "
                + "GROUP BY ?task HAVING (COUNT(DISTINCT ?codePaper) > 0)";
        long[] n = {0};
        select(ds, q, r -> {
            String iri = iris.statisticsCount("task-code-count", key(band, r.getResource("task").getURI()));
            m.createResource(iri).addProperty(RDF.type, PK.TaskCodeCount)
                    .addLiteral(PK.confidenceBand, m.createTypedLiteral(band.toPlainString(), XSDDatatype.XSDdecimal))
                    .addProperty(PK.entity, r.getResource("task"))
                    .addLiteral(PK.papers, integer(m, r.getLiteral("papers").getLong()))
                    .addLiteral(PK.papersWithCode, integer(m, r.getLiteral("withCode").getLong()));
            n[0]++;
        });
        return n[0];
    }

    private static final String LINKS = "VALUES ?link { " + String.join(" ",
            Arrays.stream(EntityType.values()).map(t -> "pk:" + t.linkLocalName()).toList()) + " }";

    private static Literal integer(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static void select(Dataset ds, String query, Consumer<QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(Namespaces.SPARQL_PREFIXES + query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                row.accept(rs.next());
            }
        }
    }
}
