package org.paperkg.export.view;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.paperkg.export.model.ExportUsageException;
import org.paperkg.link.ResourceIris;

/**
 * Finds the entity a user names on the command line: by IRI, by its id or path under the resource
 * base ({@code method:bert}, {@code method/bert}), or by a label or alias, ignoring case.
 */
final class EntityLookup {

    private EntityLookup() {
    }

    /** The entity's IRI; an unknown or ambiguous name is a usage error that lists what would work. */
    static String find(Dataset ds, ResourceIris iris, String name) {
        String n = name.strip();
        if (n.isEmpty()) {
            throw new ExportUsageException("view entity needs --param entity=NAME (a label, an id such as "
                    + "method:bert, or an IRI)");
        }
        if (n.startsWith("http://") || n.startsWith("https://") || n.matches("(method|dataset|metric|task)[/:].+")) {
            String iri = n.startsWith("http") ? n : iris.base() + n.replaceFirst(":", "/");
            if (!isEntity(ds, iri)) {
                throw new ExportUsageException("--param entity: " + n + " is not a method, dataset, metric or task in "
                        + "the store (looked for <" + iri + ">)");
            }
            return iri;
        }
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                SELECT DISTINCT ?e ?label WHERE {
                  VALUES ?type { pk:Method pk:Dataset pk:Metric pk:Task }
                  VALUES ?p { rdfs:label skos:prefLabel skos:altLabel }
                  ?e ?p ?l .
                  FILTER(LCASE(STR(?l)) = LCASE(?name))
                  ?e a ?type .
                  OPTIONAL { ?e rdfs:label ?label }
                } ORDER BY ?e""");
        q.setLiteral("name", n);
        List<String> found = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        Sparql.select(ds, q.toString(), s -> {
            String iri = s.getResource("e").getURI();
            if (!found.contains(iri)) {
                found.add(iri);
                shown.add(new NodeIds(iris).id(iri));
            }
        });
        if (found.isEmpty()) {
            throw new ExportUsageException("--param entity: no method, dataset, metric or task is named '" + n
                    + "' in the store (give a label, an alias, an id such as method:bert, or an IRI)");
        }
        if (found.size() > 1) {
            throw new ExportUsageException("--param entity: '" + n + "' names " + found.size()
                    + " entities; pick one by its id: " + String.join(", ", shown));
        }
        return found.get(0);
    }

    private static boolean isEntity(Dataset ds, String iri) {
        boolean[] yes = {false};
        Sparql.select(ds, "SELECT ?t WHERE { VALUES ?t { pk:Method pk:Dataset pk:Metric pk:Task } " + Sparql.iri(iri)
                        + " a ?t } LIMIT 1",
                s -> yes[0] = true);
        return yes[0];
    }
}
