package dev.chancery.verification.repository;

import dev.chancery.platform.store.BlockingSql;
import dev.chancery.verification.domain.ClaimSummary;
import dev.chancery.verification.domain.EventState;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code event_claims} rows a batch changes, gathered event by event against what was read, then written with
 * one delete and one upsert for the whole batch.
 */
final class ClaimRows {
    private final List<String> upsertEvents = new ArrayList<>();
    private final List<String> upsertClaims = new ArrayList<>();
    private final List<String> upsertSummaries = new ArrayList<>();
    /** Event id and claim id of each row to delete; a null claim id deletes every row of the event. */
    private final List<String> deleteEvents = new ArrayList<>();
    private final List<String> deleteClaims = new ArrayList<>();

    /**
     * Records the rows that take {@code original} (null for an event not read, whose rows are all replaced) to
     * {@code state}.
     */
    void diff(StoredEvent original, EventState state) {
        String eventId = state.eventId();
        Map<String, ClaimSummary> before = new HashMap<>();
        if (original != null) {
            original.state().claims().forEach(c -> before.put(c.claimId(), c));
        } else {
            deleteEvents.add(eventId);
            deleteClaims.add(null);
        }
        for (ClaimSummary claim : state.claims()) {
            ClaimSummary was = before.remove(claim.claimId());
            if (!claim.equals(was)) {
                upsertEvents.add(eventId);
                upsertClaims.add(claim.claimId());
                upsertSummaries.add(EventStateJson.write(claim));
            }
        }
        before.keySet().forEach(left -> {
            deleteEvents.add(eventId);
            deleteClaims.add(left);
        });
    }

    void write(BlockingSql sql, String schema) {
        if (!deleteEvents.isEmpty()) {
            sql.query("DELETE FROM " + schema + ".event_claims c USING unnest($1::text[], $2::text[])"
                            + " AS d(e, k) WHERE c.event_id = d.e AND (d.k IS NULL OR c.claim_id = d.k)",
                    Tuple.tuple().addArrayOfString(deleteEvents.toArray(String[]::new))
                            .addArrayOfString(deleteClaims.toArray(String[]::new)));
        }
        if (!upsertEvents.isEmpty()) {
            sql.query("INSERT INTO " + schema + ".event_claims (event_id, claim_id, summary)"
                            + " SELECT u.e, u.k, u.s::jsonb FROM unnest($1::text[], $2::text[], $3::text[])"
                            + " AS u(e, k, s) ON CONFLICT (event_id, claim_id) DO UPDATE SET summary = EXCLUDED.summary",
                    Tuple.tuple().addArrayOfString(upsertEvents.toArray(String[]::new))
                            .addArrayOfString(upsertClaims.toArray(String[]::new))
                            .addArrayOfString(upsertSummaries.toArray(String[]::new)));
        }
    }
}
