package dev.chancery.verification.service;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.platform.store.BlockingTransactions;
import dev.chancery.platform.store.FactStore;
import dev.chancery.verification.service.EngineReplay.Verdict;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Batches applied in one transaction per run against the real PostgreSQL leave the event states one transaction per
 * fact leaves, and publish one verdict per event and run: the domain applied one by one, coalesced per run.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class BatchApplicationTest {
    @Inject
    VerificationService service;
    @Inject
    Pool pool;
    @Inject
    FactStore store;
    @Inject
    BlockingTransactions transactions;

    @Test
    void aBatchStoresTheStatesOfOneByOneAndOneVerdictPerEventOfTheRun() throws Exception {
        List<FactEnvelope<?>> facts = new RecurringClaims().facts(200);
        long start = System.nanoTime();
        Applied applied = service.applyAll(facts);
        System.out.printf("one batch of %d claims applied in %d ms%n", facts.size(),
                (System.nanoTime() - start) / 1_000_000);

        assertThat(applied.rejected()).isEmpty();
        assertStored(EngineReplay.ofRuns(facts), facts, applied);
        assertThat(applied.published().stream().map(f -> f.streamId()).distinct()).hasSameSizeAs(applied.published());
    }

    @Test
    void aBatchOfRecurringClaimsPublishesFarFewerVerdictsThanOneTransactionPerFact() {
        List<FactEnvelope<?>> facts = new RecurringClaims().facts(200);

        Applied applied = service.applyAll(facts);

        int oneByOne = EngineReplay.of(facts).verdicts().size();
        int batched = applied.published().size();
        System.out.printf("%d recurring claims: %d verdicts one transaction per fact (%.2f per claim), %d in one batch"
                + " (%.2f per claim)%n", facts.size(), oneByOne, oneByOne / (double) facts.size(), batched,
                batched / (double) facts.size());
        assertThat(batched).isPositive().isLessThan(oneByOne / 4);
    }

    @Test
    void aRedeliveredBatchChangesNothingAndAPartlyRedeliveredOneAppliesOnlyTheNewFacts() throws Exception {
        var claims = new RecurringClaims();
        List<FactEnvelope<?>> facts = claims.facts(80);
        service.applyAll(facts.subList(0, 50));
        int stored = new StoredVerdicts(pool, store, transactions).causedBy(ids(facts)).size();

        Applied again = service.applyAll(facts.subList(0, 50));
        assertThat(again.published()).isEmpty();
        assertThat(again.rejected()).isEmpty();
        assertThat(new StoredVerdicts(pool, store, transactions).causedBy(ids(facts))).hasSize(stored);

        List<FactEnvelope<?>> overlapping = new ArrayList<>(facts.subList(30, 80));
        overlapping.add(5, facts.get(35)); // a duplicate inside the batch counts once
        service.applyAll(overlapping);
        assertStored(EngineReplay.ofBatches(List.of(facts.subList(0, 50), overlapping)), facts, null);
    }

    @Test
    void aFactTheDomainCannotApplyIsRejectedAloneWhileTheRestOfItsBatchCommits() throws Exception {
        var claims = new RecurringClaims();
        List<FactEnvelope<?>> good = claims.facts(40);
        List<FactEnvelope<?>> batch = new ArrayList<>(good);
        batch.add(20, claims.poison());

        Applied applied = service.applyAll(batch);

        assertThat(applied.rejected()).singleElement().satisfies(r -> {
            assertThat(r.index()).isEqualTo(20);
            assertThat(r.reason()).isInstanceOf(NullPointerException.class);
        });
        assertStored(EngineReplay.of(good), good, applied); // the run failed: one transaction per fact
    }

    @Test
    void aSupersessionInsideABatchIsAppliedInItsPlace() throws Exception {
        var claims = new RecurringClaims();
        List<FactEnvelope<?>> facts = claims.facts(30);
        // claims 9-11 come from article a3; 11 arrives after its version was superseded and must be ignored
        String article = ((dev.chancery.model.claim.ClaimExtracted) facts.get(9).payload()).articleId();
        var done = new ArticleExtracted(article, "rules-2", 0, List.of(), "rules-1");
        facts.add(11, FactEnvelope.of(UUID.randomUUID(), done, null, null, null, null));

        Applied applied = service.applyAll(facts);

        assertThat(applied.rejected()).isEmpty();
        assertStored(EngineReplay.ofRuns(facts), facts, applied);
    }

    /** What is stored is what {@code expected} gives; the final states are also one by one's, revisions apart. */
    private void assertStored(EngineReplay expected, List<FactEnvelope<?>> facts, Applied applied) {
        var stored = new StoredVerdicts(pool, store, transactions);
        assertThat(expected.verdicts()).isNotEmpty();
        assertThat(stored.causedBy(ids(facts))).containsExactlyElementsOf(expected.verdicts());
        if (applied != null) {
            assertThat(applied.published().stream().map(Verdict::of).toList())
                    .containsExactlyElementsOf(expected.verdicts());
        }
        assertThat(stored.states(expected.states().keySet())).isEqualTo(expected.states());
        assertThat(expected.statesApartFromRevisions()).isEqualTo(EngineReplay.of(facts).statesApartFromRevisions());
        assertThat(VerdictChains.faults(stored.streams(expected.states().keySet()), expected.states())).isEmpty();
        assertThat(stored.uncited(expected.states().values())).isZero();
    }

    static List<UUID> ids(List<FactEnvelope<?>> facts) {
        return facts.stream().map(FactEnvelope::factId).toList();
    }
}
