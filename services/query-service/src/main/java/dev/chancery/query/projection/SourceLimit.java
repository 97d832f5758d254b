package dev.chancery.query.projection;

import dev.chancery.query.projection.Views.InvitationView;
import dev.chancery.query.projection.Views.SourceView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How many of an answer's sources to list, and from which end: a much-reported invitation rests on hundreds of
 * articles, and listing them all in every row would make a gathering's answer megabytes long. The row keeps the
 * total in {@code sourceCount}; the event endpoint lists every claim.
 *
 * @param max         at most this many sources per row (0 lists none)
 * @param newestFirst the latest reports first instead of the earliest
 */
public record SourceLimit(int max, boolean newestFirst) {
    public static final int DEFAULT_MAX = 50;
    public static final int MAX = 500;
    private static final Comparator<SourceView> NEWEST_FIRST = Comparator.comparing(SourceView::publishedAt,
            Comparator.nullsLast(Comparator.<java.time.Instant>reverseOrder())).thenComparing(SourceView::claimId);

    public SourceLimit {
        if (max < 0 || max > MAX) {
            throw new IllegalArgumentException("sources must be between 0 and " + MAX);
        }
    }

    /** The view with its sources (sorted oldest first) cut to this limit. */
    public InvitationView apply(InvitationView view) {
        List<SourceView> all = view.sources();
        if (all.size() <= max && !newestFirst) {
            return view;
        }
        List<SourceView> ordered = all;
        if (newestFirst) {
            ordered = new ArrayList<>(all);
            ordered.sort(NEWEST_FIRST);
        }
        return new InvitationView(view.eventId(), view.invitee(), view.inviter(), view.status(), view.verification(),
                view.firstReportedAt(), view.lastChangedAt(), view.sourceCount(),
                List.copyOf(ordered.subList(0, Math.min(max, ordered.size()))), view.gathering(), view.body());
    }

    public List<InvitationView> apply(List<InvitationView> views) {
        return views.stream().map(this::apply).toList();
    }
}
