package dev.chancery.query.messaging;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A polled batch read as facts, in record order, and the records that are not facts, with why; each kept with
 * its source ({@code S}: the record itself, or the message that carried it).
 */
record DecodedBatch<S>(List<Decoded<S>> facts, List<Undecodable<S>> undecodable) {

    /** A source and the fact it carries. */
    record Decoded<S>(S source, FactEnvelope<FactPayload> fact) {
    }

    /** A source whose record cannot be read as a fact. */
    record Undecodable<S>(S source, RuntimeException reason) {
    }

    static DecodedBatch<ConsumerRecord<String, byte[]>> of(Iterable<ConsumerRecord<String, byte[]>> records) {
        return of(records, r -> r);
    }

    static <S> DecodedBatch<S> of(Iterable<S> sources, Function<S, ConsumerRecord<String, byte[]>> record) {
        List<Decoded<S>> facts = new ArrayList<>();
        List<Undecodable<S>> undecodable = new ArrayList<>();
        for (S source : sources) {
            try {
                facts.add(new Decoded<>(source, ProjectionFacts.decode(record.apply(source))));
            } catch (RuntimeException e) {
                undecodable.add(new Undecodable<>(source, e));
            }
        }
        return new DecodedBatch<>(facts, undecodable);
    }

    List<FactEnvelope<FactPayload>> envelopes() {
        return facts.stream().map(Decoded::fact).toList();
    }
}
