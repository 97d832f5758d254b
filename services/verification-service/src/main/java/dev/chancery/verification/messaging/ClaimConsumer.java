package dev.chancery.verification.messaging;

import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.platform.kafka.FactRecordCodec;
import dev.chancery.platform.kafka.UndecodableFactException;
import dev.chancery.verification.service.VerificationService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads ClaimExtracted and ArticleExtracted facts from {@code chancery.claims.v1}, one at a time so that events
 * are revised in a stable order; anything unreadable goes to {@code chancery.claims.v1.dlq} with its reason.
 */
@ApplicationScoped
public class ClaimConsumer {
    private final VerificationService service;

    public ClaimConsumer(VerificationService service) {
        this.service = service;
    }

    @Incoming("claims")
    @Blocking
    public void onClaim(ConsumerRecord<String, byte[]> record) {
        FactEnvelope<?> fact = FactRecordCodec.decode(record);
        if (!(fact.payload() instanceof ClaimExtracted) && !(fact.payload() instanceof ArticleExtracted)) {
            throw new UndecodableFactException("expected ClaimExtracted or ArticleExtracted on " + record.topic()
                    + " but got " + fact.type().typeName());
        }
        service.apply(fact);
    }
}
