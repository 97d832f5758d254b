package dev.chancery.query.projection;


import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** When an invitation's current status was first recorded: the start of the trailing run of equal states. */
public final class StatusHistory {
    private StatusHistory() {
    }

    /** {@code history}: the event's versions recorded by asOf, any order; null when empty. */
    public static Instant lastChangedAt(List<StatusPoint> history) {
        List<StatusPoint> ordered = history.stream()
                .sorted(Comparator.comparing(StatusPoint::recordedFrom).thenComparing(StatusPoint::revision))
                .toList();
        if (ordered.isEmpty()) {
            return null;
        }
        StatusPoint last = ordered.get(ordered.size() - 1);
        Instant since = last.recordedFrom();
        for (int i = ordered.size() - 2; i >= 0; i--) {
            StatusPoint v = ordered.get(i);
            if (!Objects.equals(v.invitationState(), last.invitationState())) {
                break;
            }
            since = v.recordedFrom();
        }
        return since;
    }
}
