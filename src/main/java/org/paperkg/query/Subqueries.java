package org.paperkg.query;

import java.util.function.Consumer;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/** Visits the sub-queries of a parsed query, nested ones included, outermost first. */
final class Subqueries {

    private Subqueries() {
    }

    static void forEach(Query query, Consumer<Query> action) {
        if (query.getQueryPattern() == null) {
            return;
        }
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery el) {
                action.accept(el.getQuery());
                forEach(el.getQuery(), action);
            }
        });
    }
}
