package dev.chancery.extraction.domain;

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

    public static Entity unresolved(String text) {
        return new Entity(null, EntityKind.UNRESOLVED, text, null, null, false);
    }

    /** The key actors are compared and de-duplicated by. */
    public String key() {
        return id != null ? id : "?" + name;
    }
}
