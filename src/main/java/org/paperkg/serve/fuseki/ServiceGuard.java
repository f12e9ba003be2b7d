package org.paperkg.serve.fuseki;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL federation ({@code SERVICE <url>}) under an allow-list, off when the list is empty.
 *
 * <p>A {@code SERVICE} clause makes the server itself send an HTTP request to the URL the query
 * names: anyone who can query could make it reach addresses only the server can reach (its
 * loopback interface, the local network, cloud metadata services). So the server refuses every
 * {@code SERVICE} whose endpoint is not on the list given with {@code serve --allow-service}:
 * {@link #check} refuses the query before it runs, naming the endpoint, and {@link #install}
 * puts the same test in front of ARQ's HTTP service executor, so a {@code SERVICE ?var} bound
 * at run time, or a query that reaches the dataset some other way, is held to it too.
 *
 * @param allowed the endpoints queries may name, exactly as written (absolute http or https URLs)
 */
public record ServiceGuard(Set<String> allowed) {

    public ServiceGuard {
        for (String url : allowed) {
            checkEndpoint(url);
        }
        allowed = Set.copyOf(new TreeSet<>(allowed));
    }

    /** No federation at all: the default. */
    public static ServiceGuard none() {
        return new ServiceGuard(Set.of());
    }

    /** Throws when {@code url} is not an absolute http(s) URL, saying what is wrong. */
    public static void checkEndpoint(String url) {
        try {
            URI u = new URI(url);
            if (!u.isAbsolute() || u.getHost() == null || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) {
                throw new IllegalArgumentException("a SERVICE endpoint must be an absolute http or https URL, got '" + url + "'");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("a SERVICE endpoint must be an absolute http or https URL, got '" + url + "': "
                    + e.getMessage(), e);
        }
    }

    /** Refuses {@code query} when it names a SERVICE that is not allowed (subqueries and EXISTS included). */
    public void check(Query query) {
        List<Node> services = new ArrayList<>();
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                services.add(op.getService());
            }
        }, new ExprVisitorBase());
        for (Node s : services) {
            refuseUnlessAllowed(s);
        }
    }

    /**
     * Puts the allow-list in front of every SERVICE call made by queries run with {@code context},
     * replacing the list an earlier server put there (TDB2 shares a store's context within a JVM).
     */
    public void install(Context context) {
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.createFrom(ServiceExecutorRegistry.chooseRegistry(context));
        registry.getSingleChain().removeIf(link -> link instanceof Gate);
        registry.addSingleLink(new Gate());
        ServiceExecutorRegistry.set(context, registry);
    }

    private void refuseUnlessAllowed(Node service) {
        if (service.isURI() && allowed.contains(service.getURI())) {
            return;
        }
        String named = service.isURI() ? "<" + service.getURI() + ">" : NodeFmtLib.strTTL(service);
        String how = allowed.isEmpty()
                ? "this server sends no queries to other endpoints (federation is off; the operator can allow "
                        + "endpoints with 'paperkg serve --allow-service URL,...')"
                : "it is not one of the endpoints this server may query: " + String.join(", ", allowed);
        if (!service.isURI()) {
            how = "the endpoint must be written as an IRI so that it can be checked; " + how;
        }
        throw new QueryDeniedException("SERVICE " + named + " refused: " + how + ".");
    }

    /** The executor link that refuses a call before ARQ's HTTP executor makes it. */
    private final class Gate implements ChainingServiceExecutor {
        @Override
        public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding, ExecutionContext execCxt,
                ServiceExecutor chain) {
            refuseUnlessAllowed(opExecute.getService());
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        }
    }
}
