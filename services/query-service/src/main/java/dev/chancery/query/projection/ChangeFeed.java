package dev.chancery.query.projection;

import dev.chancery.model.claim.ClaimType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which stream changes a new current event version causes: a {@code verdict} change for every version, and an
 * {@code invitation} change when an invitation's state is new or differs from the previous version's.
 */
public final class ChangeFeed {
    public static final String VERDICT = "verdict";
    public static final String INVITATION = "invitation";

    private ChangeFeed() {
    }

    /** A change to send: its kind and its JSON body. */
    public record Change(String kind, Map<String, Object> data) {
    }

    /** The changes of {@code next}, recorded at {@code recordedAt}, after {@code previous} (null for the first). */
    public static List<Change> between(EventVersion previous, EventVersion next, Instant recordedAt) {
        List<Change> out = new ArrayList<>();
        out.add(new Change(VERDICT, body(previous, next, "verdict", previous == null ? null : previous.verdict(),
                next.verdict(), recordedAt)));
        boolean invitation = ClaimType.INVITATION.name().equals(next.eventType()) && next.invitationState() != null;
        if (invitation && (previous == null || !Objects.equals(previous.invitationState(), next.invitationState()))) {
            Map<String, Object> data = body(previous, next, "state",
                    previous == null ? null : previous.invitationState(), next.invitationState(), recordedAt);
            data.put("stateVerdict", next.stateVerdict());
            out.add(new Change(INVITATION, data));
        }
        return out;
    }

    private static Map<String, Object> body(EventVersion previous, EventVersion next, String field,
            String before, String after, Instant recordedAt) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("eventId", next.eventId());
        data.put("eventType", next.eventType());
        data.put("gathering", next.gathering());
        data.put("revision", next.revision());
        data.put("previous" + Character.toUpperCase(field.charAt(0)) + field.substring(1), before);
        data.put(field, after);
        data.put("recordedAt", recordedAt == null ? null : recordedAt.toString());
        return data;
    }
}
