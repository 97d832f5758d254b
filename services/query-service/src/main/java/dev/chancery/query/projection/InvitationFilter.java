package dev.chancery.query.projection;

import dev.chancery.model.verdict.InvitationState;
import dev.chancery.query.projection.Views.InvitationView;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Filters invitation rows by status (comma-separated states) and invitee (actor id or country). */
public final class InvitationFilter {
    private InvitationFilter() {
    }

    /** The states named in {@code text}; empty for no filter; IllegalArgumentException for an unknown one. */
    public static Set<String> statuses(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(s -> InvitationState.valueOf(s.trim().toUpperCase(Locale.ROOT)))
                .map(Enum::name).collect(Collectors.toSet());
    }

    public static List<InvitationView> apply(List<InvitationView> rows, Set<String> statuses, String invitee) {
        return rows.stream()
                .filter(r -> statuses.isEmpty() || statuses.contains(r.status()))
                .filter(r -> invitee == null || invitee.isBlank() || matches(r.invitee(), invitee))
                .toList();
    }

    private static boolean matches(Views.ActorView actor, String key) {
        String k = ActorKeys.normalise(key);
        return actor != null && ((actor.id() != null && ActorKeys.normalise(actor.id()).equals(k))
                || (actor.country() != null && ActorKeys.normalise(actor.country()).equals(k)));
    }
}
