package dev.chancery.query.projection;

import dev.chancery.model.claim.ActorRef;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The searchable keys of an event's or claim's actors: each actor's id and the country it stands for, stored as
 * one space-delimited string ({@code " KAZ person:kassym-jomart-tokayev USA "}) so a LIKE finds either.
 */
public final class ActorKeys {
    private ActorKeys() {
    }

    public static String of(List<ActorRef> actors) {
        Set<String> keys = new LinkedHashSet<>();
        for (ActorRef a : actors == null ? List.<ActorRef>of() : actors) {
            if (a.id() != null) {
                keys.add(normalise(a.id()));
            }
            if (a.country() != null) {
                keys.add(normalise(a.country()));
            }
        }
        return " " + String.join(" ", keys) + " ";
    }

    /** The LIKE pattern that finds rows involving {@code key}. */
    public static String pattern(String key) {
        return "% " + normalise(key) + " %";
    }

    /** Country codes are upper case; other ids lower case. */
    public static String normalise(String key) {
        String k = key.trim();
        return k.length() == 3 && k.chars().allMatch(Character::isLetter)
                ? k.toUpperCase(Locale.ROOT) : k.toLowerCase(Locale.ROOT);
    }

    /** True when the actor is {@code key} or stands for country {@code key}. */
    public static boolean matches(ActorRef actor, String key) {
        String k = normalise(key);
        return (actor.id() != null && normalise(actor.id()).equals(k))
                || (actor.country() != null && normalise(actor.country()).equals(k));
    }

    /** True when one actor matches {@code a} and a different one matches {@code b} (b null: any). */
    public static boolean between(List<ActorRef> actors, String a, String b) {
        for (int i = 0; i < actors.size(); i++) {
            if (!matches(actors.get(i), a)) {
                continue;
            }
            if (b == null) {
                return true;
            }
            for (int j = 0; j < actors.size(); j++) {
                if (j != i && matches(actors.get(j), b)) {
                    return true;
                }
            }
        }
        return false;
    }
}
