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
        List<SourceView> kept = newestFirst ? newest(all, max) : all.subList(0, Math.min(max, all.size()));
        return new InvitationView(view.eventId(), view.invitee(), view.inviter(), view.status(), view.verification(),
                view.firstReportedAt(), view.lastChangedAt(), view.sourceCount(), List.copyOf(kept), view.gathering(),
                view.body());
    }

    /**
     * The first {@code max} of the sources newest first. Sources come oldest first (dated ones by time, then the
     * undated; by claim id within a time), so the newest are the dated times walked back from the end, each time's
     * sources in claim id order, then the undated: linear in what is kept. Sorting every source of a much-reported
     * invitation for every answer took 4 % of the query service's CPU in the bench's e2e phase (JFR). Sources in
     * another order are sorted.
     */
    static List<SourceView> newest(List<SourceView> all, int max) {
        if (!Provenance.isOldestFirst(all)) {
            List<SourceView> ordered = new ArrayList<>(all);
            ordered.sort(NEWEST_FIRST);
            return ordered.subList(0, Math.min(max, ordered.size()));
        }
        List<SourceView> out = new ArrayList<>(Math.min(max, all.size()));
        int dated = all.size();
        while (dated > 0 && all.get(dated - 1).publishedAt() == null) {
            dated--;
        }
        for (int end = dated; end > 0 && out.size() < max; ) {
            int start = end - 1;
            while (start > 0 && all.get(start - 1).publishedAt().equals(all.get(end - 1).publishedAt())) {
                start--;
            }
            for (int i = start; i < end && out.size() < max; i++) {
                out.add(all.get(i));
            }
            end = start;
        }
        for (int i = dated; i < all.size() && out.size() < max; i++) {
            out.add(all.get(i));
        }
        return out;
    }

    public List<InvitationView> apply(List<InvitationView> views) {
        return views.stream().map(this::apply).toList();
    }
}
