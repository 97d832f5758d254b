package dev.chancery.extraction.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A gazetteer entry a mention resolves to.
 *
 * @param id       canonical id (alpha-3, person:, org:, gathering:), null for unresolved
 * @param kind     what it names
 * @param name     canonical name
 * @param country  alpha-3 of the state it stands for, or null
 * @param channel  claim channel name when it speaks officially (PRESS_SERVICE...), or null
 * @param official true for official channels
 */
public record Entity(String id, EntityKind kind, String name, String country, String channel, boolean official) {
    /** Id prefix of people the reference data does not hold ("Portuguese President Rui Lemos"). */
    public static final String UNLISTED = "person:unlisted:";

    public static Entity unresolved(String text) {
        return new Entity(null, EntityKind.UNRESOLVED, text, null, null, false);
    }

    /**
     * An official the reference data does not hold, known by name and by the state the title gives; {@code channel}
     * is the claim channel the title speaks through, or null for a leader's own remarks.
     */
    public static Entity unlisted(String name, String country, String channel) {
        String slug = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String id = UNLISTED + (slug.isEmpty() ? Integer.toHexString(name.hashCode()) : slug);
        return new Entity(id, EntityKind.PERSON, name, country, channel, true);
    }

    /** The key actors are compared and de-duplicated by. */
    public String key() {
        return id != null ? id : "?" + name;
    }
}
