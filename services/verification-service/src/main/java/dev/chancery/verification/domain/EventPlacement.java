package dev.chancery.verification.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Splits the claims of one cluster key into events, as a pure function of the set of claims:
 * <ul>
 *   <li>invitation family: one event per key, anchor {@code invitation};</li>
 *   <li>a claim dated to the day anchors the event of that day ({@code 2025-12-23});</li>
 *   <li>a coarser or undated claim joins the latest anchor day inside its span that is not after its publication
 *       day, else the earliest anchor day inside its span (rule {@code coarse-date-joins-latest-compatible-day});</li>
 *   <li>with no compatible anchor it joins the open event of the year its span starts ({@code open:2025}), or
 *       {@code open:undated} when it has no span at all.</li>
 * </ul>
 */
final class EventPlacement {
    static final String INVITATION = "invitation";

    private EventPlacement() {
    }

    /** Anchor to the claims placed there (sorted by claim id), anchors in natural order. */
    static Map<String, List<ClaimSummary>> place(ClusterKey key, Collection<ClaimSummary> claims) {
        Map<String, List<ClaimSummary>> events = new TreeMap<>();
        TreeSet<LocalDate> anchors = new TreeSet<>();
        if (!key.invitation()) {
            claims.stream().map(ClaimSummary::anchorDay).filter(d -> d != null).forEach(anchors::add);
        }
        // an anchor's name is made once per day, not once per claim of an event that may hold hundreds
        Map<LocalDate, String> names = new HashMap<>();
        for (ClaimSummary claim : claims) {
            String anchor = key.invitation() ? INVITATION : anchorOf(claim, anchors, names);
            events.computeIfAbsent(anchor, a -> new ArrayList<>()).add(claim);
        }
        events.values().forEach(list -> list.sort(Comparator.comparing(ClaimSummary::claimId)));
        return events;
    }

    static String anchorOf(ClaimSummary claim, NavigableSet<LocalDate> anchors, Map<LocalDate, String> names) {
        if (claim.anchorDay() != null) {
            return names.computeIfAbsent(claim.anchorDay(), LocalDate::toString);
        }
        DateSpan span = claim.span();
        if (span == null) {
            return "open:undated";
        }
        NavigableSet<LocalDate> compatible = anchors.subSet(span.start(), true, span.end(), true);
        if (compatible.isEmpty()) {
            return "open:" + span.start().getYear();
        }
        LocalDate published = claim.publishedDay();
        LocalDate latestBefore = published == null ? null : compatible.floor(published);
        return names.computeIfAbsent(latestBefore != null ? latestBefore : compatible.first(), LocalDate::toString);
    }
}
