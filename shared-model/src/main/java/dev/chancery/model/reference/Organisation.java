package dev.chancery.model.reference;

import java.util.List;

/**
 * A body, ministry, press service or media outlet.
 *
 * @param id       {@code org:slug}
 * @param name     canonical name
 * @param kind     BODY, MINISTRY, PRESS_SERVICE or MEDIA
 * @param country  alpha-3 of the state it belongs to, or null
 * @param official true when it is an official channel of a government or body
 * @param channel  the claim channel name it speaks through (PRESS_SERVICE, FOREIGN_MINISTRY...), or null
 * @param aliases  other names
 */
public record Organisation(String id, String name, String kind, String country, boolean official, String channel,
                           List<String> aliases) {
    public Organisation {
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
    }
}
