package org.paperkg.serve.fuseki;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.pfunction.library.strSplit;
import org.apache.jena.sparql.util.Context;
import org.paperkg.serve.fuseki.GuardedRegex.Kind;

/**
 * Makes every regular expression of every query on a dataset stop at the query's time limit.
 *
 * <p>{@link #install} puts an optimizer into the dataset's context (ARQ's
 * {@code sysOptimizerFactory}, consulted by the query engines of ARQ and TDB2 for each query).
 * Before ARQ's own optimizer runs, it swaps {@code REGEX}, {@code REPLACE}, {@code fn:matches},
 * {@code fn:replace} and their {@code sparql:} names for {@link GuardedRegex}, tied to that query's
 * cancel signal, which the timeout sets. Doing it before the standard optimizer matters: its
 * constant folding already evaluates a {@code REGEX} of two literals. The one property function
 * that takes a regular expression, {@code apf:strSplit}, is replaced in the dataset's property
 * function registry by {@link GuardedStrSplit} (under the class name its {@code apf:}, legacy
 * and {@code java:} spellings all resolve to).
 *
 * <pre>{@code
 * RegexGuard.install(dataset.getContext());
 * }</pre>
 */
public final class RegexGuard {

    private static final Map<String, Kind> FUNCTIONS = Map.of(
            ARQConstants.fnPrefix + "matches", Kind.MATCH,
            ARQConstants.fnPrefix + "replace", Kind.REPLACE,
            ARQConstants.sparqlPrefix + "regex", Kind.MATCH,
            ARQConstants.sparqlPrefix + "replace", Kind.REPLACE);

    private RegexGuard() {
    }

    /** Guards the regular expressions of every query run with {@code context} (a dataset's). */
    public static void install(Context context) {
        Object current = context.get(ARQConstants.sysOptimizerFactory);
        RewriteFactory underlying = current instanceof Guarded g ? g.underlying()
                : current instanceof RewriteFactory f ? f : Optimize.getFactory();
        context.set(ARQConstants.sysOptimizerFactory, new Guarded(underlying));
        PropertyFunctionRegistry functions = PropertyFunctionRegistry.createFrom(PropertyFunctionRegistry.chooseRegistry(context));
        functions.put("java:" + strSplit.class.getName(), GuardedStrSplit.class);
        PropertyFunctionRegistry.set(context, functions);
    }

    /**
     * The optimizer: the guard, then {@code underlying}. A record, so that installing twice on
     * one context (TDB2 shares a store's context within a JVM) wraps the original once.
     */
    private record Guarded(RewriteFactory underlying) implements RewriteFactory {
        @Override
        public Rewrite create(Context cxt) {
            Rewrite standard = underlying.create(cxt);
            AtomicBoolean signal = Context.getCancelSignal(cxt);
            return op -> standard.rewrite(guard(op, signal));
        }
    }

    /** {@code op} with its regular expressions read through the cancel signal {@code signal}. */
    static Op guard(Op op, AtomicBoolean signal) {
        return Transformer.transform(new TransformCopy(), new Swap(signal), op);
    }

    private static final class Swap extends ExprTransformCopy {
        private final AtomicBoolean signal;

        Swap(AtomicBoolean signal) {
            this.signal = signal;
        }

        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            Kind kind = kindOf(func);
            if (kind != null && kind.takes(args.size())) {
                return new GuardedRegex(kind, args, signal);
            }
            return super.transform(func, args);
        }

        private static Kind kindOf(ExprFunctionN func) {
            if (func instanceof E_Regex) {
                return Kind.MATCH;
            }
            if (func instanceof E_StrReplace) {
                return Kind.REPLACE;
            }
            if (func instanceof E_Function f) {
                return FUNCTIONS.get(f.getFunctionIRI());
            }
            return null;
        }
    }
}
