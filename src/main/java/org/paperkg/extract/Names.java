package org.paperkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name and aliases of an entity, chosen from the texts of its mentions.
 *
 * <p>The most complete name comes first: the long form of an acronym definition; otherwise the
 * form written most often (the longer on a tie). Plural acronyms are written singular ("CNNs" is
 * the entity CNN, and then "Convolutional Neural Networks" is "Convolutional Neural Network").
 * Aliases are the other names the text uses, one per name key, so that case and hyphen variants
 * of the name are not repeated.
 */
record Names(String name, List<String> aliases) {

    /** Dashes and spaces at either end of a name. */
    private static final Pattern EDGE_DASHES = Pattern.compile("^[-\u2013\u2014\\s]+|[-\u2013\u2014\\s]+$");

    static Names of(List<Candidate> group, Set<Candidate> longForms) {
        boolean pluralAcronym = false;
        String longForm = null;
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Candidate c : group) {
            if ((longForms.contains(c) || !c.aliases.isEmpty()) && longForm == null) {
                longForm = c.name; // a defined long form, or a built name ("Out-of-distribution detection")
            }
            counts.merge(c.name, 1, Integer::sum);
            for (String a : c.aliases) {
                counts.merge(a, 0, Integer::sum);
            }
            if (!longForms.contains(c) && isPluralAcronym(c.name)) {
                pluralAcronym = true;
            }
        }
        String name = longForm;
        if (name == null) {
            int best = -1;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (e.getValue() > best || (e.getValue() == best && e.getKey().length() > name.length())) {
                    best = e.getValue();
                    name = e.getKey();
                }
            }
        } else if (pluralAcronym) {
            name = singularWords(name);
        }
        name = display(name);
        Map<String, String> byKey = new LinkedHashMap<>();
        byKey.put(NameKey.key(name), name);
        Map<String, Integer> seen = new HashMap<>();
        for (String s : counts.keySet()) {
            String d = display(s);
            String k = NameKey.key(d);
            if (!k.isEmpty() && !byKey.containsKey(k) && !byKey.containsKey(k + "s")
                    && !(k.endsWith("s") && byKey.containsKey(k.substring(0, k.length() - 1)))) {
                byKey.put(k, d);
                seen.merge(k, 1, Integer::sum);
            }
        }
        List<String> aliases = new ArrayList<>(new LinkedHashSet<>(byKey.values()));
        aliases.remove(0);
        return new Names(name, List.copyOf(aliases));
    }

    /**
     * A name as shown: a plural acronym singular ("CNNs" -> "CNN"), and no dashes or spaces at
     * either end (a task cut from "long-video understanding" is "video understanding").
     */
    static String display(String name) {
        String trimmed = EDGE_DASHES.matcher(name).replaceAll("");
        String n = trimmed.isEmpty() ? name : trimmed;
        return isPluralAcronym(n) ? n.substring(0, n.length() - 1) : n;
    }

    private static boolean isPluralAcronym(String name) {
        int n = name.length();
        return n >= 3 && name.charAt(n - 1) == 's'
                && (Character.isUpperCase(name.charAt(n - 2)) || Character.isDigit(name.charAt(n - 2)))
                && NameKey.upperCount(name) >= 2;
    }

    /** The long form of a plural acronym, made singular: "Continual Inference Networks" -> "... Network". */
    private static String singularWords(String longForm) {
        if (longForm.endsWith("sses") || !longForm.endsWith("s") || longForm.endsWith("ss")) {
            return longForm;
        }
        if (longForm.matches(".*(ches|shes|xes)")) {
            return longForm.substring(0, longForm.length() - 2);
        }
        return longForm.substring(0, longForm.length() - 1);
    }
}
