package org.paperkg.query;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.paperkg.domain.EntityType;
import org.paperkg.rdf.PK;

/**
 * The types a catalogue parameter can have, as written in a {@code # param:} header line.
 *
 * <p>Literal types check the value and turn it into a typed RDF literal. {@link #LIMIT} and
 * {@link #SUBLIMIT} do not bind a variable (SPARQL has no variable limits) but set the LIMIT
 * of the outer query or of every sub-query. Entity and paper types take what users know, a
 * name or an arXiv id, and are resolved to an IRI against the graph before binding.
 */
public enum ParameterType {
    INT("int", "an integer"),
    LIMIT("limit", "a whole number from 1 to " + ParameterType.MAX_LIMIT),
    SUBLIMIT("sublimit", "a whole number from 1 to " + ParameterType.MAX_LIMIT),
    DECIMAL("decimal", "a decimal number"),
    CONFIDENCE("confidence", "a number from 0 to 1"),
    BOOLEAN("boolean", "true or false"),
    STRING("string", "any text"),
    CHOICE("choice", "one of the listed values"),
    DAY("day", "a day YYYY-MM-DD or a prefix of one (YYYY, YYYY-MM), a listing day --MM-DD or --MM, or empty"),
    METHOD("method", "a method's name, alias or IRI"),
    DATASET("dataset", "a dataset's name, alias or IRI"),
    METRIC("metric", "a metric's name, alias or IRI"),
    TASK("task", "a task's name, alias or IRI"),
    ENTITY("entity", "the name, alias or IRI of a method, dataset, metric or task"),
    PAPER("paper", "a paper's IRI, arXiv id or exact title");

    /** The largest LIMIT a parameter may set: more rows than any page or export needs. */
    public static final int MAX_LIMIT = 100_000;

    private static final Pattern DAY_PATTERN =
            Pattern.compile("(\\d{4}(-\\d{2}(-\\d{2})?)?|--\\d{2}(-\\d{2})?)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
    private static final Pattern DECIMAL_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private final String keyword;
    private final String expected;

    ParameterType(String keyword, String expected) {
        this.keyword = keyword;
        this.expected = expected;
    }

    /** The name used in {@code # param:} lines. */
    public String keyword() {
        return keyword;
    }

    /** What a valid value looks like, for error messages and form hints. */
    public String expected() {
        return expected;
    }

    /** The type written {@code keyword} in a header; throws naming the allowed keywords. */
    public static ParameterType ofKeyword(String keyword) {
        for (ParameterType t : values()) {
            if (t.keyword.equals(keyword)) {
                return t;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (ParameterType t : values()) {
            allowed.append(allowed.isEmpty() ? "" : ", ").append(t.keyword);
        }
        throw new IllegalArgumentException("unknown parameter type '" + keyword + "'; expected one of " + allowed);
    }

    /** True for the types whose values name something in the graph and are resolved to an IRI. */
    public boolean isResolved() {
        return this == METHOD || this == DATASET || this == METRIC || this == TASK || this == ENTITY || this == PAPER;
    }

    /** True for the types that set a LIMIT instead of binding a variable. */
    public boolean isLimit() {
        return this == LIMIT || this == SUBLIMIT;
    }

    /** The ontology class an entity value must have; null for {@link #ENTITY} (any) and other types. */
    public String entityClass() {
        EntityType kind = entityType();
        return kind == null ? null : PK.classOf(kind).getURI();
    }

    /** The entity kind a value must be of; null for {@link #ENTITY} (any) and the other types. */
    public EntityType entityType() {
        return switch (this) {
            case METHOD -> EntityType.METHOD;
            case DATASET -> EntityType.DATASET;
            case METRIC -> EntityType.METRIC;
            case TASK -> EntityType.TASK;
            default -> null;
        };
    }

    /**
     * The typed literal for {@code raw} (a literal type), or the limit it sets; throws
     * IllegalArgumentException saying what was expected. Not for resolved types.
     */
    public Node literal(String raw) {
        String v = raw.strip();
        return switch (this) {
            case INT -> {
                requireMatch(INTEGER, v);
                yield NodeFactory.createLiteralDT(new BigDecimal(v).toBigInteger().toString(), XSDDatatype.XSDinteger);
            }
            case LIMIT, SUBLIMIT -> NodeFactory.createLiteralDT(Integer.toString(limit(v)), XSDDatatype.XSDinteger);
            case DECIMAL -> NodeFactory.createLiteralDT(decimal(v).toPlainString(), XSDDatatype.XSDdecimal);
            case CONFIDENCE -> {
                BigDecimal d = decimal(v);
                if (d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0) {
                    throw new IllegalArgumentException("expected " + expected + ", got '" + raw + "'");
                }
                yield NodeFactory.createLiteralDT(d.toPlainString(), XSDDatatype.XSDdecimal);
            }
            case BOOLEAN -> switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
                case "false", "no", "0" -> NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean);
                default -> throw new IllegalArgumentException("expected " + expected + ", got '" + raw + "'");
            };
            case STRING, CHOICE -> NodeFactory.createLiteralString(raw);
            case DAY -> {
                requireMatch(DAY_PATTERN, v);
                yield NodeFactory.createLiteralString(v);
            }
            default -> throw new IllegalStateException(keyword + " values are resolved against the graph, not parsed");
        };
    }

    /** The limit {@code raw} sets, checked to lie in 1 .. {@link #MAX_LIMIT}. */
    public int limit(String raw) {
        String v = raw.strip();
        if (!INTEGER.matcher(v).matches()) {
            throw new IllegalArgumentException("expected " + expected + ", got '" + raw + "'");
        }
        long n = Long.parseLong(v);
        if (n < 1 || n > MAX_LIMIT) {
            throw new IllegalArgumentException("expected " + expected + ", got '" + raw + "'");
        }
        return (int) n;
    }

    private BigDecimal decimal(String v) {
        requireMatch(DECIMAL_NUMBER, v);
        return new BigDecimal(v);
    }

    private void requireMatch(Pattern p, String v) {
        if (!p.matcher(v).matches()) {
            throw new IllegalArgumentException("expected " + expected + ", got '" + v + "'");
        }
    }
}
