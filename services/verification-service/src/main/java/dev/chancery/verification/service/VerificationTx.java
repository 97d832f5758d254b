package dev.chancery.verification.service;

import dev.chancery.platform.store.FactStore;
import dev.chancery.verification.repository.BatchEventLoader;
import dev.chancery.verification.repository.EventStateWriter;
import dev.chancery.verification.repository.PgEventLookup;
import dev.chancery.verification.repository.ProcessedFacts;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** One verification transaction: its connection, and the stores the appliers read and write through it. */
record VerificationTx(SqlConnection conn, FactStore store, String schema) {

    ProcessedFacts processed() {
        return new ProcessedFacts(conn, store.table("processed_facts"));
    }

    EventStateWriter writer() {
        return new EventStateWriter(conn, schema);
    }

    BatchEventLoader loader() {
        return new BatchEventLoader(conn, schema);
    }

    PgEventLookup lookup() {
        return new PgEventLookup(conn, schema);
    }

    VerdictPublisher publisher() {
        return new VerdictPublisher(store, conn);
    }
}
