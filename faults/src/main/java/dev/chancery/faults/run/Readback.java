package dev.chancery.faults.run;

import dev.chancery.embedded.EmbeddedPostgresServer;
import dev.chancery.faults.reconcile.Observed;
import dev.chancery.faults.reconcile.Reconciled;
import dev.chancery.faults.reconcile.Reconciliation;
import dev.chancery.faults.reconcile.Sent;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Once the pipeline has caught up: reads every store, rebuilds the projections to compare, reads every dead letter.
 */
final class Readback {
    private final EmbeddedPostgresServer pg;
    private final String bootstrap;
    private final String queryUrl;
    private final String token;
    private final List<String> errors;

    Readback(EmbeddedPostgresServer pg, String bootstrap, String queryUrl, String token, List<String> errors) {
        this.pg = pg;
        this.bootstrap = bootstrap;
        this.queryUrl = queryUrl;
        this.token = token;
        this.errors = errors;
    }

    Reconciled reconcile(Sent sent) throws Exception {
        try (Connection db = DriverManager.getConnection(pg.jdbcUrl(), EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD)) {
            db.setReadOnly(true);
            StoreReadback stores = new StoreReadback(db);
            FaultSchedule.log("facts per store and type: %s", stores.typesByStore());
            ProjectionAnswers answers = new ProjectionAnswers(db);
            Map<String, String> live = answers.read();
            long t0 = System.nanoTime();
            if (!new ProjectionRebuild(answers).run(queryUrl, token, Duration.ofMinutes(5))) {
                errors.add("the projections' rebuild did not finish within 5 minutes");
            }
            FaultSchedule.log("projections rebuilt in %.1f s: %s", (System.nanoTime() - t0) / 1e9, answers.states());
            Map<String, String> rebuilt = answers.read();
            Observed seen = new Observed(stores.articleFacts(), stores.extractions(), stores.extractorVersions(),
                    stores.claimsExtracted(), stores.claimsVerified(), stores.verdictsPublished(),
                    stores.verdictsProjected(), live, rebuilt, DeadLetters.all(bootstrap));
            return Reconciliation.of(sent, seen);
        }
    }
}
