package org.paperkg.link;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.domain.EntityType;
import org.paperkg.extract.ExtractedEntity;
import org.paperkg.extract.LexiconEntry;

/**
 * Resolves the entities of one paper to the canonical entities shared by all papers.
 *
 * <p>In order: the lexicon entry the extractor matched; else a lexicon entry one of the names
 * equals by {@link Slugs#key} (case, hyphen, spacing and plural variants); else a new IRI from
 * the {@link Slugs#of slug} of the most complete name. So "ResNet50" and "ResNet-50" meet, an
 * acronym meets its long form (the extractor groups them, and either may hit the lexicon), and a
 * family member keeps its own IRI with {@code skos:broader} to the family ("ResNet-200" →
 * ResNet) when the family is known.
 *
 * <p>Thread-safe once built: it only reads its index.
 */
public final class EntityResolver {

    /** A version, size or variant suffix after a family name: "-50", " v3", "-base", "-XL", "/16". */
    private static final Pattern MEMBER_SUFFIX = Pattern.compile(
            "^(.*?[A-Za-z].*?)[-\\s]?(?:v?\\d+(?:\\.\\d+)*[A-Za-z]?|base|large|small|tiny|huge|mini|xl|xxl"
                    + "|[BSLH]/\\d+)$",
            Pattern.CASE_INSENSITIVE);

    private final ResourceIris iris;
    private final Map<EntityType, Map<String, LexiconEntry>> byKey = new HashMap<>();
    private final Map<String, LexiconEntry> byIri = new HashMap<>();

    public EntityResolver(ResourceIris iris, List<LexiconEntry> lexicon) {
        this.iris = iris;
        for (EntityType t : EntityType.values()) {
            byKey.put(t, new HashMap<>());
        }
        for (LexiconEntry e : lexicon) {
            byIri.put(e.iri(), e);
            Map<String, LexiconEntry> index = byKey.get(e.type());
            index.putIfAbsent(Slugs.key(e.prefLabel()), e);
            for (String alt : e.altLabels()) {
                index.putIfAbsent(Slugs.key(alt), e);
            }
        }
    }

    /** The canonical entity for an extracted one. */
    public ResolvedEntity resolve(ExtractedEntity entity) {
        LexiconEntry hit = entity.lexiconId() == null ? null : byIri.get(entity.lexiconId());
        if (hit == null) {
            hit = lookup(entity.type(), entity.name());
        }
        for (int i = 0; hit == null && i < entity.aliases().size(); i++) {
            hit = lookup(entity.type(), entity.aliases().get(i));
        }
        if (hit != null) {
            return known(hit, entity.type(), surfaceNames(entity));
        }
        return mint(entity.type(), entity.name(), entity.aliases());
    }

    /** The canonical entity for a bare name (a result's metric or dataset the text names once). */
    public ResolvedEntity resolve(EntityType type, String name) {
        LexiconEntry hit = lookup(type, name);
        if (hit != null) {
            return known(hit, type, List.of(name));
        }
        return mint(type, name, List.of());
    }

    /**
     * A lexicon entity: labelled with its preferred label, with the names this paper uses that
     * the lexicon does not spell the same way as aliases.
     */
    private ResolvedEntity known(LexiconEntry hit, EntityType type, List<String> names) {
        Set<String> seen = new HashSet<>();
        seen.add(Slugs.key(hit.prefLabel()));
        hit.altLabels().forEach(a -> seen.add(Slugs.key(a)));
        List<String> aliases = names.stream().filter(n -> seen.add(Slugs.key(n))).toList();
        return new ResolvedEntity(iris.rebase(hit.iri(), ResourceIris.DEFAULT_BASE), type, hit.prefLabel(), aliases,
                true, null);
    }

    private static List<String> surfaceNames(ExtractedEntity entity) {
        List<String> names = new java.util.ArrayList<>();
        names.add(entity.name());
        names.addAll(entity.aliases());
        return names;
    }

    private ResolvedEntity mint(EntityType type, String name, List<String> aliases) {
        String iri = iris.entity(type, Slugs.of(name));
        return new ResolvedEntity(iri, type, name, aliases, false, family(type, name, iri));
    }

    private String family(EntityType type, String name, String memberIri) {
        Matcher m = MEMBER_SUFFIX.matcher(name.strip());
        if (!m.matches()) {
            return null;
        }
        LexiconEntry family = lookup(type, m.group(1));
        if (family == null) {
            return null;
        }
        String familyIri = iris.rebase(family.iri(), ResourceIris.DEFAULT_BASE);
        return familyIri.equals(memberIri) ? null : familyIri;
    }

    private LexiconEntry lookup(EntityType type, String name) {
        return byKey.get(type).get(Slugs.key(name));
    }
}
