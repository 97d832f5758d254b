package dev.chancery.query.repository;

import dev.chancery.query.projection.Versioned;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One version of an extracted claim; {@code payload} is the ClaimExtracted JSON, down to the evidence sentence. */
@Entity
@Table(name = "claims")
public class ClaimRow extends PanacheEntityBase implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "row_id")
    public Long rowId;
    public int generation;
    @Column(name = "claim_id")
    public String claimId;
    @Column(name = "article_id")
    public String articleId;
    @Column(name = "fact_id")
    public UUID factId;
    @Column(name = "extractor_version")
    public String extractorVersion;
    public String type;
    public String gathering;
    @Column(name = "actor_keys")
    public String actorKeys;
    public String sentence;
    public String payload;
    @Column(name = "recorded_from")
    public Instant recordedFrom;
    @Column(name = "recorded_to")
    public Instant recordedTo;

    @Override
    public Instant recordedFrom() {
        return recordedFrom;
    }

    @Override
    public Instant recordedTo() {
        return recordedTo;
    }

    @Override
    public void closeAt(Instant instant) {
        recordedTo = instant;
    }
}
