package org.paperkg.serve.fuseki;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PFuncSimpleAndList;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.util.IterLib;

/**
 * ARQ's property function {@code apf:strSplit} ({@code ?token apf:strSplit (?text "regex")})
 * with the split read through {@link CancellableText}, so that a catastrophic pattern stops at
 * the query's time limit. Tokens are trimmed, as ARQ's are; a subject that is a plain string
 * matches when it is one of the tokens.
 */
public final class GuardedStrSplit extends PFuncSimpleAndList {

    @Override
    public void build(PropFuncArg argSubject, Node predicate, PropFuncArg argObject, ExecutionContext execCxt) {
        super.build(argSubject, predicate, argObject, execCxt);
        if (argObject.getArgListSize() != 2) {
            throw new QueryBuildException("strSplit takes a list of two: the string to split and a regular expression");
        }
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, Node subject, Node predicate, PropFuncArg object, ExecutionContext execCxt) {
        Node text = object.getArg(0);
        Node regex = object.getArg(1);
        if (!text.isLiteral() || !regex.isLiteral()) {
            return IterLib.noResults(execCxt);
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex.getLiteralLexicalForm());
        } catch (PatternSyntaxException e) {
            return IterLib.noResults(execCxt);
        }
        List<String> tokens = Arrays.stream(pattern.split(new CancellableText(text.getLiteralLexicalForm(), execCxt.getCancelSignal())))
                .map(String::trim).toList();
        if (Var.isVar(subject)) {
            Var v = Var.alloc(subject);
            Iterator<Binding> it = Iter.map(tokens.iterator(), t -> BindingFactory.binding(binding, v, NodeFactory.createLiteralString(t)));
            return QueryIterPlainWrapper.create(it, execCxt);
        }
        if (subject.isLiteral() && tokens.contains(subject.getLiteralLexicalForm())) {
            return IterLib.result(binding, execCxt);
        }
        return IterLib.noResults(execCxt);
    }
}
