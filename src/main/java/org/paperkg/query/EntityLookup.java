package org.paperkg.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.paperkg.domain.EntityType;
import org.paperkg.rdf.Namespaces;
import org.paperkg.rdf.PK;
import org.paperkg.link.ResourceIris;

/**
 * Turns what users type for an entity or paper parameter into an IRI, by asking the graph.
 *
 * <p>An IRI ({@code https://...}, {@code <...>} or a paperkg prefixed name such as
 * {@code dataset:imagenet}) is taken as it is. A paper may also be given by arXiv id or exact
 * title. An entity name is matched against {@code rdfs:label}, {@code skos:prefLabel} and
 * {@code skos:altLabel}: exactly first (an index lookup), then ignoring case. When several
 * entities carry the name, a label beats an alias and then the entity more papers link to
 * wins, with a note naming the others; when none does, the error suggests names containing
 * what was typed. This is paperkg's one lookup of what users type for an entity: catalogue
 * parameters, the pages and the exports ask it.
 *
 * <pre>{@code
 * EntityLookup lookup = new EntityLookup(SparqlTarget.local(dataset), iris);
 * EntityLookup.Resolution r = lookup.entity(null, "BERT");   // r.iri(), r.note() when ambiguous
 * }</pre>
 */
public final class EntityLookup {

    private static final Pattern FORBIDDEN_IN_IRI = Pattern.compile("[\\s<>\"{}|^`\\\\]");
    private static final Pattern ARXIV_ID = Pattern.compile("(\\d{4}\\.\\d{4,5}|[a-z\\-]+(\\.[A-Z]{2})?/\\d{7})(v\\d+)?");
    private static final String PREFIXES = Sparql.PREFIXES;
    private static final String ENTITY_CLASSES = Arrays.stream(EntityType.values())
            .map(t -> "pk:" + t.label()).collect(Collectors.joining(", "));

    /** Candidates by exact name: ?rank 0 for a label, 1 for an alias; ?uses counts linking papers. */
    private static final Query EXACT = QueryFactory.create(PREFIXES + """
            SELECT ?e (MIN(?r) AS ?rank) (COUNT(DISTINCT ?p) AS ?uses) WHERE {
              { ?e rdfs:label ?name BIND(0 AS ?r) } UNION { ?e skos:prefLabel ?name BIND(0 AS ?r) }
              UNION { ?e skos:altLabel ?name BIND(1 AS ?r) }
              ?e a ?class .
              FILTER(?kind = "" || ?class = ?kind)
              FILTER(?class IN (%1$s))
              OPTIONAL { ?p %2$s ?e }
            } GROUP BY ?e ORDER BY ?rank DESC(?uses) ?e""".formatted(ENTITY_CLASSES, PK.anyEntityLinkPath()));

    private static final Query IGNORING_CASE = QueryFactory.create(PREFIXES + """
            SELECT ?e (MIN(?r) AS ?rank) (COUNT(DISTINCT ?p) AS ?uses) WHERE {
              ?e a ?class .
              FILTER(?kind = "" || ?class = ?kind)
              FILTER(?class IN (%1$s))
              { ?e rdfs:label ?l BIND(0 AS ?r) } UNION { ?e skos:prefLabel ?l BIND(0 AS ?r) }
              UNION { ?e skos:altLabel ?l BIND(1 AS ?r) }
              FILTER(LCASE(STR(?l)) = LCASE(?name))
              OPTIONAL { ?p %2$s ?e }
            } GROUP BY ?e ORDER BY ?rank DESC(?uses) ?e""".formatted(ENTITY_CLASSES, PK.anyEntityLinkPath()));

    private static final Query SIMILAR = QueryFactory.create(PREFIXES + """
            SELECT DISTINCT ?l WHERE {
              ?e a ?class ; rdfs:label ?l .
              FILTER(?kind = "" || ?class = ?kind)
              FILTER(?class IN (%1$s))
              FILTER(CONTAINS(LCASE(STR(?l)), LCASE(?name)))
            } ORDER BY STRLEN(STR(?l)) ?l LIMIT 8""".formatted(ENTITY_CLASSES));

    private static final Query PAPER_BY_ARXIV = QueryFactory.create(PREFIXES + """
            SELECT DISTINCT ?e WHERE { ?e pk:arxivId ?name ; a pk:Paper } ORDER BY ?e""");

    private static final Query PAPER_BY_TITLE = QueryFactory.create(PREFIXES + """
            SELECT DISTINCT ?e WHERE { ?e dcterms:title ?name ; a pk:Paper } ORDER BY ?e""");

    private static final Query PAPER_BY_TITLE_IGNORING_CASE = QueryFactory.create(PREFIXES + """
            SELECT DISTINCT ?e WHERE {
              ?e a pk:Paper ; dcterms:title ?t .
              FILTER(LCASE(STR(?t)) = LCASE(?name))
            } ORDER BY ?e""");

    /** A resolved value: the IRI, and a note for the user when the choice was not obvious. */
    public record Resolution(String iri, String note) {
    }

    private final SparqlTarget target;
    private final PrefixMapping prefixes;

    public EntityLookup(SparqlTarget target, ResourceIris iris) {
        this.target = target;
        this.prefixes = Namespaces.of(iris);
    }

    /**
     * The entity {@code value} names: an IRI, a prefixed name ({@code method:bert}), a path under
     * the resource base ({@code method/bert}), or a label or alias of an entity of {@code kind}
     * (any kind when null). Throws {@link QueryUsageException} saying what would work.
     */
    public Resolution entity(EntityType kind, String value) {
        String v = value.strip();
        String iri = asIri(v);
        return iri != null ? new Resolution(iri, null) : entity(kind, v, null);
    }

    Resolution resolve(QueryParameter param, String value) {
        String v = value.strip();
        String iri = asIri(v);
        if (iri != null) {
            return new Resolution(iri, null);
        }
        return param.type() == ParameterType.PAPER ? paper(param, v) : entity(param.type().entityType(), v, param.name());
    }

    /**
     * The IRI {@code v} spells, or null when it is a name. An IRI must be absolute and free of
     * characters IRIs forbid (spaces, quotes, angle brackets, braces), so that it cannot change
     * the query text it is written into when a remote endpoint is asked.
     */
    private String asIri(String v) {
        String iri = null;
        if (v.startsWith("<") && v.endsWith(">")) {
            iri = v.substring(1, v.length() - 1);
        } else if (v.startsWith("http://") || v.startsWith("https://")) {
            iri = v;
        } else if (isEntityPath(v)) {
            iri = prefixes.getNsPrefixURI("pkr") + v;
        } else {
            int colon = v.indexOf(':');
            String ns = colon > 0 ? prefixes.getNsPrefixURI(v.substring(0, colon)) : null;
            if (ns != null && !v.contains(" ")) {
                iri = ns + v.substring(colon + 1);
            }
        }
        if (iri != null && !isSafeIri(iri)) {
            throw new QueryUsageException("'" + v + "' is not a valid IRI: an IRI is absolute and contains no spaces, "
                    + "quotes, angle brackets, braces, '|', '^', '`' or '\\'");
        }
        return iri;
    }

    /** "method/bert": a kind's IRI folder, a slash, and a slug. */
    private static boolean isEntityPath(String v) {
        int slash = v.indexOf('/');
        return slash > 0 && slash < v.length() - 1 && !v.contains(" ")
                && Arrays.stream(EntityType.values()).anyMatch(t -> t.pathSegment().equals(v.substring(0, slash)));
    }

    private static boolean isSafeIri(String iri) {
        if (!FORBIDDEN_IN_IRI.matcher(iri).find()) {
            try {
                IRIx parsed = IRIx.create(iri);
                return parsed.isAbsolute() && !parsed.hasViolations();
            } catch (IRIException e) {
                return false;
            }
        }
        return false;
    }

    private Resolution paper(QueryParameter param, String v) {
        List<String> hits = List.of();
        if (ARXIV_ID.matcher(v).matches()) {
            hits = iris(PAPER_BY_ARXIV, "", v.replaceFirst("v\\d+$", ""));
        }
        if (hits.isEmpty()) {
            hits = iris(PAPER_BY_TITLE, "", v);
        }
        if (hits.isEmpty()) {
            hits = iris(PAPER_BY_TITLE_IGNORING_CASE, "", v);
        }
        if (hits.isEmpty()) {
            throw new QueryUsageException("parameter '" + param.name() + "': no paper in the graph has the arXiv id or "
                    + "title '" + v + "'; give its IRI, arXiv id (such as 1706.03762) or exact title");
        }
        String note = hits.size() == 1 ? null : "'" + v + "' matches " + hits.size() + " papers; using " + hits.get(0);
        return new Resolution(hits.get(0), note);
    }

    private Resolution entity(EntityType type, String v, String paramName) {
        String kind = type == null ? "" : PK.classOf(type).getURI();
        List<QuerySolution> hits = solutions(EXACT, kind, v);
        if (hits.isEmpty()) {
            hits = solutions(IGNORING_CASE, kind, v);
        }
        String what = type == null ? "method, dataset, metric or task" : type.pathSegment();
        String where = paramName == null ? "" : "parameter '" + paramName + "': ";
        if (hits.isEmpty()) {
            List<String> similar = new ArrayList<>();
            target.execute(SIMILAR, bindings(kind, v), qe -> {
                qe.execSelect().forEachRemaining(s -> similar.add(s.getLiteral("l").getLexicalForm()));
                return null;
            });
            throw new QueryUsageException(where + "no " + what + " named '" + v
                    + "' in the graph" + (similar.isEmpty() ? "" : "; names containing it: " + String.join(", ", similar)));
        }
        String chosen = hits.get(0).getResource("e").getURI();
        String note = null;
        if (hits.size() > 1) {
            StringBuilder others = new StringBuilder();
            for (QuerySolution s : hits.subList(1, hits.size())) {
                others.append(others.isEmpty() ? "" : ", ").append(s.getResource("e").getURI())
                        .append(" (").append(s.getLiteral("uses").getLong()).append(" papers)");
            }
            note = "'" + v + "' names " + hits.size() + " entities; using " + chosen + " ("
                    + hits.get(0).getLiteral("uses").getLong() + " papers), not " + others;
        }
        return new Resolution(chosen, note);
    }

    private List<QuerySolution> solutions(Query q, String kind, String name) {
        return target.execute(q, bindings(kind, name), qe -> {
            List<QuerySolution> out = new ArrayList<>();
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(out::add);
            return out;
        });
    }

    private List<String> iris(Query q, String kind, String name) {
        return solutions(q, kind, name).stream().map(s -> s.getResource("e").getURI()).toList();
    }

    private static Map<String, RDFNode> bindings(String kind, String name) {
        return Map.of("kind", kind.isEmpty() ? ResourceFactory.createStringLiteral("") : ResourceFactory.createResource(kind),
                "name", ResourceFactory.createStringLiteral(name));
    }
}
