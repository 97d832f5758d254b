package dev.chancery.query.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.json.ChanceryJson;
import dev.chancery.platform.kafka.FactRecordCodec;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads a record as a fact for the projections: as {@link FactRecordCodec#decode(ConsumerRecord)} does, except that
 * an article's body, which no projection keeps, is skipped by the parser instead of being built as a string (it is
 * most of an ArticleIngested's bytes, and building it was the largest single cost of reading facts in a rebuild).
 * The body's value is passed over unread, so its type is not checked here (ingestion validated it before it became a
 * fact); the envelope and every other field are read and checked as every consumer reads them.
 */
final class ProjectionFacts {
    private static final ObjectMapper PAYLOADS = ChanceryJson.mapper().copy()
            .addMixIn(ArticleIngested.class, WithoutBody.class);

    @JsonIgnoreProperties({"body"})
    private interface WithoutBody {
    }

    private ProjectionFacts() {
    }

    static FactEnvelope<FactPayload> decode(ConsumerRecord<String, byte[]> record) {
        return FactRecordCodec.decode(record, PAYLOADS);
    }
}
