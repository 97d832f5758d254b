package dev.chancery.query.projection;

import java.time.Instant;

/** An event version as far as its invitation status goes: when it was recorded, and the state it gave. */
public record StatusPoint(String eventId, int revision, Instant recordedFrom, String invitationState) {
}
