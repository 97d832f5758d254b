package dev.chancery.verification.domain;

import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.ActorRole;
import dev.chancery.model.claim.ClaimDate;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.claim.DatePrecision;
import dev.chancery.model.verdict.DiplomaticEvent;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Describes an event from its key, anchor and claims: type of the family, the union of resolved actors (by role and
 * identity; denials only when nothing else names them), the gathering, and the date: the anchor day, else the
 * narrowest range all dated claims agree on, else the hull of their ranges.
 */
final class EventDescription {
    private EventDescription() {
    }

    static DiplomaticEvent describe(ClusterKey key, String anchor, List<ClaimSummary> claims) {
        String gathering = key.gathering() != null && key.gathering().startsWith("invited-by:") ? null : key.gathering();
        return new DiplomaticEvent(key.family(), actors(claims), gathering, date(anchor, claims));
    }

    static List<ActorRef> actors(List<ClaimSummary> claims) {
        boolean onlyDenials = claims.stream().allMatch(c -> c.type() == ClaimType.DENIAL);
        // per role and identity the actor first by name (the earliest of equal names), without sorting every
        // mention of an event that may hold hundreds of claims
        record Slot(ActorRole role, String identity, String id) {
            String sortKey() {
                return role + "|" + identity + "|" + id;
            }

            // written out: a record's generated equals and hashCode go through method handles, slow on C1
            @Override
            public boolean equals(Object o) {
                return o instanceof Slot s && role == s.role && Objects.equals(identity, s.identity)
                        && Objects.equals(id, s.id);
            }

            @Override
            public int hashCode() {
                return (31 * Objects.hashCode(role) + Objects.hashCode(identity)) * 31 + Objects.hashCode(id);
            }
        }
        Map<Slot, ActorRef> bySlot = new HashMap<>();
        for (ClaimSummary c : claims) {
            if (onlyDenials || c.type() != ClaimType.DENIAL) {
                for (int i = 0; i < c.actors().size(); i++) {
                    ActorRef a = c.actors().get(i);
                    bySlot.merge(new Slot(a.role(), c.identities().get(i), a.id()), a,
                            (first, next) -> String.valueOf(next.name()).compareTo(String.valueOf(first.name())) < 0
                                    ? next : first);
                }
            }
        }
        Map<String, ActorRef> byRoleAndId = new TreeMap<>();
        bySlot.forEach((slot, actor) -> byRoleAndId.put(slot.sortKey(), actor));
        return List.copyOf(byRoleAndId.values());
    }

    static ClaimDate date(String anchor, List<ClaimSummary> claims) {
        if (!anchor.startsWith("open:") && !anchor.equals(EventPlacement.INVITATION)) {
            LocalDate day = LocalDate.parse(anchor);
            return new ClaimDate(day, day, DatePrecision.DAY, null);
        }
        LocalDate lo = null, hi = null, hullLo = null, hullHi = null;
        for (ClaimSummary c : claims) {
            if (c.date() == null || c.date().start() == null) {
                continue;
            }
            LocalDate s = c.date().start(), e = c.date().end() == null ? s : c.date().end();
            lo = lo == null || s.isAfter(lo) ? s : lo;
            hi = hi == null || e.isBefore(hi) ? e : hi;
            hullLo = hullLo == null || s.isBefore(hullLo) ? s : hullLo;
            hullHi = hullHi == null || e.isAfter(hullHi) ? e : hullHi;
        }
        if (lo == null) {
            return window(claims);
        }
        return lo.isAfter(hi) ? range(hullLo, hullHi) : range(lo, hi);
    }

    /**
     * No claim dates the event: its date is the window the claims' publication implies (a report of a past call
     * speaks of the weeks before it), with precision UNKNOWN, so that period queries still find it.
     */
    private static ClaimDate window(List<ClaimSummary> claims) {
        LocalDate lo = null, hi = null;
        for (ClaimSummary c : claims) {
            if (c.span() == null || c.span().start() == null) {
                continue;
            }
            lo = lo == null || c.span().start().isBefore(lo) ? c.span().start() : lo;
            hi = hi == null || c.span().end().isAfter(hi) ? c.span().end() : hi;
        }
        return lo == null ? ClaimDate.unknown() : new ClaimDate(lo, hi, DatePrecision.UNKNOWN, null);
    }

    private static ClaimDate range(LocalDate start, LocalDate end) {
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        DatePrecision p = days <= 1 ? DatePrecision.DAY : days <= 7 ? DatePrecision.WEEK
                : days <= 31 ? DatePrecision.MONTH : DatePrecision.YEAR;
        return new ClaimDate(start, end, p, null);
    }
}
