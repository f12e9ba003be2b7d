package org.paperkg.query;

import java.util.List;
import java.util.Objects;

/**
 * One parameter of a catalogue query, as declared by a {@code # param:} header line:
 * <pre>
 * # param: dataset dataset "ImageNet" — the dataset, by name or IRI
 * # param: kind choice(any|dataset|benchmark|metric) "any" — what to list
 * # param: paper paper required — the paper
 * </pre>
 * The name is the SPARQL variable it binds (without '?'), except for limits, which set a
 * LIMIT clause. An empty default ({@code ""}) on an entity or paper parameter makes it
 * optional: the variable is then bound to the empty string, which the query reads as "any".
 *
 * @param name         the variable name
 * @param type         what values it takes
 * @param defaultValue the value used when none is given; null when the parameter is required
 * @param choices      the allowed values of a {@link ParameterType#CHOICE} parameter, else empty
 * @param description  what the parameter means, for help texts and forms
 */
public record QueryParameter(String name, ParameterType type, String defaultValue, List<String> choices,
        String description) {

    public QueryParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        choices = List.copyOf(choices);
        description = description == null ? "" : description;
        if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("parameter name must be a SPARQL variable name, got '" + name + "'");
        }
        if ((type == ParameterType.CHOICE) != !choices.isEmpty()) {
            throw new IllegalArgumentException("parameter '" + name + "': choices go with type choice(...) only");
        }
    }

    public boolean required() {
        return defaultValue == null;
    }

    /** The default as a user would type it, or {@code <type>} for a required parameter. */
    public String usage() {
        return required() ? "<" + type.keyword() + ">" : defaultValue;
    }
}
