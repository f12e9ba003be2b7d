package org.paperkg.export.view;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.paperkg.export.model.ExportUsageException;
import org.paperkg.export.model.ViewRequest;
import org.paperkg.export.model.ViewRequest.QuerySource;
import org.paperkg.query.BoundQuery;
import org.paperkg.query.CatalogueQuery;
import org.paperkg.query.CatalogueRunner;
import org.paperkg.query.QueryCatalogue;
import org.paperkg.query.QueryUsageException;
import org.paperkg.query.SparqlTarget;

/**
 * Queries of the catalogue ({@code queries/*.rq}) as query views: their parameters are checked,
 * typed and defaulted by the catalogue's binder, exactly as {@code paperkg query NAME} binds them,
 * entity names included. {@code --min-confidence X} sets the query's {@code minConfidence}
 * parameter when it declares one.
 */
final class CatalogueQueries {

    private CatalogueQueries() {
    }

    static QueryView.Prepared prepare(ViewContext ctx, QuerySource.Catalogue source) {
        ViewRequest req = ctx.request();
        QueryCatalogue catalogue = QueryCatalogue.load();
        Map<String, String> values = new LinkedHashMap<>(req.queryBindings());
        values.remove("directed");
        BoundQuery bound;
        try {
            CatalogueQuery cq = catalogue.get(source.name());
            if (req.minConfidence() != null) {
                if (cq.parameter("minConfidence").isEmpty()) {
                    throw new ExportUsageException(source.origin() + " has no minConfidence parameter, so "
                            + "--min-confidence cannot apply to it; its parameters are: " + cq.usage());
                }
                values.putIfAbsent("minConfidence", BigDecimal.valueOf(req.minConfidence()).toPlainString());
            }
            CatalogueRunner runner = new CatalogueRunner(catalogue, SparqlTarget.local(ctx.dataset()), ctx.iris());
            bound = runner.bind(cq, values);
        } catch (QueryUsageException e) {
            throw new ExportUsageException(e.getMessage() + drawable(catalogue), e);
        }
        BindingBuilder b = BindingFactory.builder();
        for (Map.Entry<String, RDFNode> e : bound.substitution().entrySet()) {
            b.add(Var.alloc(e.getKey()), e.getValue().asNode());
        }
        return new QueryView.Prepared(bound.query(), b.build());
    }

    /** "; queries that draw as graphs: ..." listing the catalogue queries a view can show. */
    static String drawable(QueryCatalogue catalogue) {
        List<String> names = catalogue.queries().stream().filter(CatalogueQueries::isDrawable)
                .map(CatalogueQuery::name).toList();
        return names.isEmpty() ? "" : "; catalogue queries that draw as graphs: " + String.join(", ", names);
    }

    private static boolean isDrawable(CatalogueQuery cq) {
        try {
            Query q = cq.parse(org.apache.jena.shared.PrefixMapping.Factory.create());
            return q.isConstructType() || (q.isSelectType() && q.getResultVars().contains("source")
                    && q.getResultVars().contains("target"));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
