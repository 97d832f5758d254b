package dev.chancery.verification.service;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.platform.store.BlockingTransactions;
import dev.chancery.platform.store.FactStore;
import dev.chancery.verification.domain.ClaimSummary;
import dev.chancery.verification.domain.EventState;
import dev.chancery.verification.repository.EventStateWriter;
import dev.chancery.verification.repository.StoredEvent;
import dev.chancery.verification.repository.StoredEventReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Claims are stored as rows of their own: states read back as written, and a batch writes only the rows it changes. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class ClaimRowStorageTest {
    @Inject
    VerificationService service;
    @Inject
    BlockingTransactions transactions;
    @Inject
    Pool pool;
    @Inject
    FactStore store;

    @Test
    void aStateWithManyClaimsReadsBackAsWrittenAsClaimsJoinAndLeave() {
        var facts = new RecurringClaims().facts(40);
        service.applyAll(facts);
        EventState model = new StoredVerdicts(pool, store, transactions).states(List.of(fullest(facts))).values().iterator().next();
        String eventId = "event-rows-" + UUID.randomUUID();
        List<ClaimSummary> claims = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            claims.add(renamed(model.claims().get(i % model.claims().size()), "k" + (1000 + 2 * i)));
        }

        StoredEvent stored = write(withClaims(model, eventId, claims), null);
        assertThat(stored.state().claims()).hasSize(400);

        claims.remove(7);
        claims.remove(300);
        for (int i = 0; i < 15; i++) { // between the same two neighbours
            claims.add(renamed(model.claims().get(0), "k1100" + (char) ('a' + i)));
        }
        claims.add(renamed(model.claims().get(0), "a-first"));
        claims.add(renamed(model.claims().get(0), "z-last"));
        claims.add(renamed(model.claims().get(0), "Z-upper")); // before "a-first" for Java, after it in en_US
        claims.sort(Comparator.comparing(ClaimSummary::claimId));
        stored = write(withClaims(model, eventId, claims), stored);
        assertThat(stored.state().claims()).hasSize(416);

        claims.removeIf(c -> c.claimId().compareTo("k1500") < 0);
        write(withClaims(model, eventId, claims), stored);
        assertThat(count("SELECT count(*) FROM verification.event_claims WHERE event_id = $1", eventId))
                .isEqualTo(claims.size());
    }

    @Test
    void aClaimJoiningABigEventWritesOneClaimRowAndLeavesTheOthersUntouched() {
        List<FactEnvelope<?>> facts = new RecurringClaims().facts(200);
        service.applyAll(facts.subList(0, 199));
        String claimId = ((dev.chancery.model.claim.ClaimExtracted) facts.get(199).payload()).claimId();
        Map<String, String> before = rowVersions(facts);

        service.applyAll(facts.subList(199, 200));

        Map<String, String> after = rowVersions(facts);
        String joined = pool.preparedQuery("SELECT event_id FROM verification.event_claims WHERE claim_id = $1")
                .execute(Tuple.of(claimId)).await().indefinitely().iterator().next().getString("event_id");
        long held = after.keySet().stream().filter(k -> k.startsWith(joined + '|')).count();
        assertThat(held).isGreaterThanOrEqualTo(15);
        Map<String, String> rewritten = new HashMap<>(after);
        rewritten.entrySet().removeIf(e -> e.getValue().equals(before.get(e.getKey())));
        assertThat(rewritten.keySet()).containsExactly(joined + '|' + claimId);
        assertThat(before.keySet()).allMatch(after::containsKey);
    }

    @Test
    void aBigEventsJudgementNamesItsClaimsByPositionAndItsVerdictsAreStoredUncompressed() {
        List<FactEnvelope<?>> facts = new RecurringClaims().facts(200);
        service.applyAll(facts);
        String eventId = fullest(facts);

        // a character per claim instead of every supporting claim's id in the state's JSON (V103)
        var row = pool.preparedQuery("SELECT e.judgement_claims AS code, jsonb_array_length(e.state -> 'judgement'"
                + " -> 'claimsFor') AS listed, (SELECT count(*) FROM verification.event_claims c"
                + " WHERE c.event_id = e.event_id) AS held FROM verification.events e WHERE e.event_id = $1")
                .execute(Tuple.of(eventId)).await().indefinitely().iterator().next();
        assertThat(row.getString("code")).hasSize(row.getLong("held").intValue()).contains("f");
        assertThat(row.getInteger("listed")).isZero();
        EventState read = new StoredVerdicts(pool, store, transactions).states(List.of(eventId)).get(eventId);
        assertThat(read.judgement().claimsFor()).hasSize(row.getString("code").replaceAll("[^f]", "").length());
        assertThat(read.claims().stream().map(ClaimSummary::claimId)).containsAll(read.judgement().claimsFor());

        // verdicts past the size PostgreSQL would otherwise compress (2 kB) are not compressed (V102)
        var verdicts = pool.preparedQuery("SELECT count(*) AS n, count(pg_column_compression(payload)) AS compressed"
                + " FROM verification.facts WHERE stream_id = $1 AND pg_column_size(payload) > 2048")
                .execute(Tuple.of(eventId)).await().indefinitely().iterator().next();
        assertThat(verdicts.getLong("n")).isPositive();
        assertThat(verdicts.getLong("compressed")).isZero();
    }

    private StoredEvent write(EventState state, StoredEvent original) {
        transactions.inTransaction(sql -> new EventStateWriter(sql, "verification").saveAll(List.of(state),
                original == null ? Map.of() : Map.of(original.eventId(), original), List.of()));
        StoredEvent read = transactions.inTransaction(sql -> new StoredEventReader(sql, "verification")
                .byIds(List.of(state.eventId()))).get(0);
        assertThat(read.state()).isEqualTo(state);
        return read;
    }

    /** The event of these facts that holds most claims. */
    private String fullest(List<FactEnvelope<?>> facts) {
        return pool.preparedQuery("SELECT event_id FROM verification.event_claims WHERE claim_id = ANY($1)"
                        + " GROUP BY event_id ORDER BY count(*) DESC, event_id LIMIT 1")
                .execute(Tuple.tuple().addArrayOfString(claimIds(facts))).await().indefinitely().iterator().next()
                .getString("event_id");
    }

    /** Event id and claim id to the transaction that last wrote the row, for the claims of these facts. */
    private Map<String, String> rowVersions(List<FactEnvelope<?>> facts) {
        Map<String, String> out = new HashMap<>();
        pool.preparedQuery("SELECT event_id, claim_id, xmin::text AS x FROM verification.event_claims"
                        + " WHERE claim_id = ANY($1)").execute(Tuple.tuple().addArrayOfString(claimIds(facts)))
                .await().indefinitely()
                .forEach(r -> out.put(r.getString("event_id") + '|' + r.getString("claim_id"), r.getString("x")));
        return out;
    }

    private long count(String sql, String eventId) {
        return pool.preparedQuery(sql).execute(Tuple.of(eventId)).await().indefinitely().iterator().next()
                .getLong(0);
    }

    private static String[] claimIds(List<FactEnvelope<?>> facts) {
        return facts.stream().map(f -> ((dev.chancery.model.claim.ClaimExtracted) f.payload()).claimId())
                .toArray(String[]::new);
    }

    private static EventState withClaims(EventState s, String eventId, List<ClaimSummary> claims) {
        return new EventState(eventId, s.key(), s.anchor(), s.event(), s.span(), claims, s.judgement(),
                s.revision());
    }

    private static ClaimSummary renamed(ClaimSummary c, String claimId) {
        return new ClaimSummary(claimId, c.articleId(), c.extractorVersion(), c.type(), c.deniedType(), c.modality(),
                c.date(), c.span(), c.actors(), c.gathering(), c.official(), c.speaker(),
                c.attributedParticipant(), c.outlet(), c.publishedAt());
    }
}
