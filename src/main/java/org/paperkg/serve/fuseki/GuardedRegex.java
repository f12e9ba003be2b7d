package org.paperkg.serve.fuseki;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL's {@code REGEX} and {@code REPLACE} (and their {@code fn:matches}, {@code fn:replace}
 * spellings) with a match that stops when the query is cancelled: the subject string is read
 * through {@link CancellableText}. Patterns and flags mean what they mean in ARQ (Java regular
 * expressions, flags {@code s m i x q}); only the way the text is read differs.
 */
final class GuardedRegex extends ExprFunctionN {

    /** Which of the two functions this is. */
    enum Kind {
        /** {@code REGEX(text, pattern [, flags])}: true when the pattern occurs in the text. */
        MATCH("regex", 2),
        /** {@code REPLACE(text, pattern, replacement [, flags])}: every match replaced. */
        REPLACE("replace", 3);

        final String label;
        final int patternArgs;

        Kind(String label, int fixedArgs) {
            this.label = label;
            this.patternArgs = fixedArgs;
        }

        boolean takes(int argCount) {
            return argCount == patternArgs || argCount == patternArgs + 1;
        }
    }

    private final Kind kind;
    private final AtomicBoolean cancelled;
    /** The compiled pattern when pattern and flags are constants, else null (compiled per call). */
    private final Pattern fixed;

    /**
     * @param cancelled the cancel signal of the query this expression belongs to, or null to take
     *                  the one in the evaluation context
     */
    GuardedRegex(Kind kind, ExprList args, AtomicBoolean cancelled) {
        super(kind.label, args);
        if (!kind.takes(args.size())) {
            throw new IllegalArgumentException(kind.label + " takes " + kind.patternArgs + " or " + (kind.patternArgs + 1)
                    + " arguments, got " + args.size());
        }
        this.kind = kind;
        this.cancelled = cancelled;
        this.fixed = constantPattern(kind, args);
    }

    private static Pattern constantPattern(Kind kind, ExprList args) {
        Expr pattern = args.get(1);
        Expr flags = args.size() > kind.patternArgs ? args.get(kind.patternArgs) : null;
        boolean constant = pattern.isConstant() && pattern.getConstant().isString()
                && (flags == null || (flags.isConstant() && flags.getConstant().isString()));
        if (!constant) {
            return null;
        }
        try {
            return RegexEngine.makePattern(kind.label, pattern.getConstant().getString(),
                    flags == null ? null : flags.getConstant().getString());
        } catch (ExprEvalException e) {
            return null; // a bad pattern is an evaluation error of each call, as in ARQ
        }
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        AtomicBoolean signal = cancelled != null ? cancelled : signalOf(env);
        Node text = NodeValueOps.checkAndGetStringLiteral(kind.label, args.get(0));
        Pattern pattern = fixed != null ? fixed : compile(args);
        Matcher m = pattern.matcher(new CancellableText(text.getLiteralLexicalForm(), signal));
        if (kind == Kind.MATCH) {
            return NodeValue.booleanReturn(m.find());
        }
        String replacement = NodeValueOps.checkAndGetStringLiteral(kind.label, args.get(2)).getLiteralLexicalForm();
        String replaced = replaceAll(m, replacement);
        if (replaced == null) {
            return args.get(0);
        }
        return NodeValue.makeNode(NodeFactory.createLiteral(replaced, text.getLiteralLanguage(), text.getLiteralBaseDirection(),
                text.getLiteralDatatype()));
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        return eval(args, null);
    }

    private Pattern compile(List<NodeValue> args) {
        String pattern = NodeValueOps.checkAndGetStringLiteral(kind.label, args.get(1)).getLiteralLexicalForm();
        String flags = args.size() > kind.patternArgs
                ? NodeValueOps.checkAndGetStringLiteral(kind.label, args.get(kind.patternArgs)).getLiteralLexicalForm()
                : null;
        return RegexEngine.makePattern(kind.label, pattern, flags);
    }

    /**
     * Every match replaced, or null when nothing matched. As in ARQ, an empty match right after
     * another match is skipped, so {@code REPLACE("abc", ".*", "x")} is {@code "x"}, not {@code "xx"}.
     */
    private static String replaceAll(Matcher m, String replacement) {
        StringBuilder out = null;
        try {
            while (m.find()) {
                if (out == null) {
                    out = new StringBuilder();
                } else if (m.start() == m.end()) {
                    continue;
                }
                m.appendReplacement(out, replacement);
            }
            if (out == null) {
                return null;
            }
            m.appendTail(out);
            return out.toString();
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException(Kind.REPLACE.label + ": bad replacement '" + replacement + "': " + e.getMessage());
        }
    }

    private static AtomicBoolean signalOf(FunctionEnv env) {
        Context cxt = env == null ? null : env.getContext();
        return cxt == null ? null : Context.getCancelSignal(cxt);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new GuardedRegex(kind, newArgs, cancelled);
    }
}
