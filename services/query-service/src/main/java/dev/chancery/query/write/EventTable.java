package dev.chancery.query.write;

import dev.chancery.query.read.EventVersionRow;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.fact.FactType;
import dev.chancery.platform.config.StoreConfig;
import dev.chancery.query.projection.EventVersions;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;

/**
 * {@code event_versions}: one version per EventVerified or VerdictRevised, keyed by event id. Existing versions
 * are read back with the verdict and invitation state, which the stream compares a new version with.
 */
@Singleton
public class EventTable extends VersionTable<EventVersionRow> {

    public EventTable(StoreConfig config) {
        super(config.schema(), "event_versions", "event_id", List.of("event_id", "verdict", "invitation_state"),
                List.of("event_id", "revision", "fact_type", "event_type", "gathering", "date_start", "date_end",
                        "actor_keys", "verdict", "invitation_state", "state_verdict", "payload"));
    }

    @Override
    public boolean holds(FactType type) {
        return type == FactType.EVENT_VERIFIED || type == FactType.VERDICT_REVISED;
    }

    @Override
    public EventVersionRow row(FactEnvelope<FactPayload> fact, int generation) {
        return EventVersions.row(fact, generation);
    }

    @Override
    public Object key(EventVersionRow row) {
        return row.eventId;
    }

    @Override
    protected EventVersionRow existing(Row r) {
        EventVersionRow row = new EventVersionRow();
        row.eventId = r.getString("event_id");
        row.verdict = r.getString("verdict");
        row.invitationState = r.getString("invitation_state");
        return row;
    }

    @Override
    protected List<Object> values(EventVersionRow row) {
        return Arrays.asList(row.eventId, row.revision, row.factType, row.eventType, row.gathering, row.dateStart,
                row.dateEnd, row.actorKeys, row.verdict, row.invitationState, row.stateVerdict, row.payload);
    }
}
