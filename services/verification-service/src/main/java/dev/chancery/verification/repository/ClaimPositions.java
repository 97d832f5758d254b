package dev.chancery.verification.repository;

import dev.chancery.verification.domain.ClaimSummary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Positions of an event's claim rows that follow the order of its claim list while keeping the stored positions of
 * the claims it already had: new claims go into the gaps between their neighbours, and only when a gap is full are
 * all the event's claims numbered afresh.
 */
final class ClaimPositions {
    /** The distance between claims numbered afresh, room for about ten claims put one after another in a gap. */
    static final int GAP = 1024;

    private ClaimPositions() {
    }

    /** @param stored claim id to stored position (empty for an event not stored yet) */
    static Map<String, Integer> assign(Map<String, Integer> stored, List<ClaimSummary> claims) {
        long[] positions = keepingStored(stored, claims);
        if (positions == null) {
            positions = new long[claims.size()];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = (i + 1L) * GAP;
            }
        }
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < positions.length; i++) {
            out.put(claims.get(i).claimId(), Math.toIntExact(positions[i]));
        }
        return out;
    }

    /** Stored positions kept and new ones put between them, or null when that is not possible. */
    private static long[] keepingStored(Map<String, Integer> stored, List<ClaimSummary> claims) {
        int n = claims.size();
        long[] positions = new long[n];
        Long previous = null;
        for (int i = 0; i < n; ) {
            Integer own = stored.get(claims.get(i).claimId());
            if (own != null) {
                if (previous != null && own <= previous) {
                    return null;
                }
                positions[i++] = own;
                previous = (long) own;
                continue;
            }
            int end = i;
            while (end < n && !stored.containsKey(claims.get(end).claimId())) {
                end++;
            }
            Integer next = end < n ? stored.get(claims.get(end).claimId()) : null;
            int count = end - i;
            long first;
            long step = GAP;
            if (previous == null && next == null) {
                first = GAP;
            } else if (next == null) {
                first = previous + GAP;
            } else if (previous == null) {
                first = next - (long) GAP * count;
            } else {
                step = (next - previous) / (count + 1);
                if (step < 1) {
                    return null;
                }
                first = previous + step;
            }
            for (int k = 0; k < count; k++) {
                long position = first + step * k;
                if (position < Integer.MIN_VALUE || position > Integer.MAX_VALUE) {
                    return null;
                }
                positions[i + k] = position;
            }
            previous = positions[end - 1];
            i = end;
        }
        return positions;
    }
}
