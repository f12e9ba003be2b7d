package org.paperkg.serve.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.paperkg.domain.EntityType;
import org.paperkg.query.Sparql;
import org.paperkg.rdf.PK;
import org.paperkg.serve.view.SearchView.EntityHit;
import org.paperkg.serve.view.SearchView.PaperHit;

/**
 * Full-text search over papers (title, abstract) and entities (label, aliases) with jena-text.
 *
 * <p>The words typed are searched for as words, never as Lucene syntax: each is escaped and
 * lower-cased (so "AND" is a word, not an operator) and all must occur in one field; names count
 * more than titles, titles more than abstracts.
 *
 * <p>Entities are ranked as a reader looks for them, not by text score alone: a name or alias that
 * is exactly what was typed first, then the entities papers use, the most used first, and only
 * then the lexicon's entries that no paper uses yet; text score breaks ties. The ranking runs over
 * every entity the index returns before the best {@value #SHOWN} are kept, so a used entity is
 * never crowded out by unused ones.
 */
public final class Search {

    /** Hits read from the index; the page shows the best {@value #SHOWN} of each kind. */
    static final int HITS = 300;
    static final int SHOWN = 30;

    private static final String QUERY = """
            SELECT ?s ?score ?type (SAMPLE(?l) AS ?label) (MAX(?d) AS ?date) WHERE {
              { SELECT ?s (MAX(?sc) AS ?score) WHERE { (?s ?sc) text:query (?q %d) } GROUP BY ?s }
              ?s a ?type .
              VALUES ?type { pk:Paper pk:Method pk:Dataset pk:Metric pk:Task }
              OPTIONAL { ?s rdfs:label ?l }
              OPTIONAL { ?s dcterms:issued ?d }
            } GROUP BY ?s ?score ?type ORDER BY DESC(?score) ?label""";

    private static final String COUNTS = """
            SELECT ?e (COUNT(DISTINCT ?p) AS ?n) WHERE { VALUES ?e { %s } ?p %s ?e } GROUP BY ?e""";

    private static final String ALIASES = """
            SELECT ?e ?alt WHERE { VALUES ?e { %s } ?e skos:altLabel ?alt } ORDER BY ?e LCASE(?alt)""";

    /** Aliases a hit shows; an entity may have dozens. */
    public static final int SHOWN_ALIASES = 6;

    private final Sparql sparql;
    private final boolean available;

    public Search(Sparql sparql, boolean available) {
        this.sparql = sparql;
        this.available = available;
    }

    /** Searches for {@code typed}; blank input gives an empty answer. */
    public SearchView search(String typed) {
        String q = typed == null ? "" : typed.strip();
        String lucene = luceneQuery(q);
        if (!available || lucene == null) {
            return new SearchView(q, available, List.of(), List.of());
        }
        return sparql.read(() -> {
            Map<String, EntityHit> entities = new LinkedHashMap<>();
            Map<String, PaperHit> papers = new LinkedHashMap<>();
            for (QuerySolution r : sparql.select(QUERY.formatted(HITS), Map.of("q", Sparql.string(lucene)))) {
                String iri = Sparql.iriOf(r, "s");
                String type = Sparql.iriOf(r, "type");
                String label = Results.label(r, "label", "s");
                if (PK.Paper.getURI().equals(type)) {
                    if (papers.size() < SHOWN) {
                        papers.putIfAbsent(iri, new PaperHit(iri, label, Sparql.textOf(r, "date")));
                    }
                } else {
                    entities.putIfAbsent(iri, new EntityHit(iri, kind(type), label, 0, List.of()));
                }
            }
            List<EntityHit> ranked = rank(described(new ArrayList<>(entities.values())), q);
            return new SearchView(q, true, ranked.subList(0, Math.min(SHOWN, ranked.size())), List.copyOf(papers.values()));
        });
    }

    /** The hits, in score order, with their paper counts and aliases. */
    private List<EntityHit> described(List<EntityHit> hits) {
        if (hits.isEmpty()) {
            return hits;
        }
        StringBuilder values = new StringBuilder();
        hits.forEach(h -> values.append('<').append(h.iri()).append("> "));
        Map<String, Long> counts = new HashMap<>();
        for (QuerySolution r : sparql.select(COUNTS.formatted(values, EntityViews.ANY_LINK))) {
            counts.put(Sparql.iriOf(r, "e"), Sparql.longOf(r, "n"));
        }
        Map<String, List<String>> aliases = new HashMap<>();
        for (QuerySolution r : sparql.select(ALIASES.formatted(values))) {
            List<String> list = aliases.computeIfAbsent(Sparql.iriOf(r, "e"), k -> new ArrayList<>());
            String alt = Sparql.textOf(r, "alt");
            if (!list.contains(alt)) {
                list.add(alt);
            }
        }
        return hits.stream().map(h -> new EntityHit(h.iri(), h.kind(), h.label(), counts.getOrDefault(h.iri(), 0L),
                aliases.getOrDefault(h.iri(), List.of()))).toList();
    }

    /**
     * Ranks hits given in text-score order: an exact name or alias first, then used before unused,
     * more papers before fewer, and the text score last (the sort is stable).
     */
    static List<EntityHit> rank(List<EntityHit> hits, String typed) {
        Comparator<EntityHit> order = Comparator.<EntityHit>comparingInt(h -> exact(h, typed) ? 0 : 1)
                .thenComparing(Comparator.comparingLong(EntityHit::papers).reversed());
        List<EntityHit> out = new ArrayList<>(hits);
        out.sort(order);
        return out;
    }

    private static boolean exact(EntityHit h, String typed) {
        return h.label().equalsIgnoreCase(typed) || h.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(typed));
    }

    private static EntityType kind(String type) {
        for (EntityType k : EntityType.values()) {
            if ((PK.NS + k.label()).equals(type)) {
                return k;
            }
        }
        return null;
    }

    /** The Lucene query for the words typed, or null when there are none. */
    static String luceneQuery(String typed) {
        List<String> words = new ArrayList<>();
        for (String w : typed.split("\\s+")) {
            if (!w.isBlank()) {
                words.add("+" + QueryParserBase.escape(w.toLowerCase(Locale.ROOT)));
            }
            if (words.size() == 12) {
                break;
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        String all = String.join(" ", words);
        return "label:(" + all + ")^4 OR alt:(" + all + ")^3 OR title:(" + all + ")^2 OR abstract:(" + all + ")";
    }
}
