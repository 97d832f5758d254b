package dev.chancery.query.read;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One version of an extracted claim; {@code payload} is the ClaimExtracted JSON, down to the evidence sentence. */
@Entity
@Table(name = "claims")
public class ClaimRow extends VersionedRow {
    @Column(name = "claim_id")
    public String claimId;
    @Column(name = "article_id")
    public String articleId;
    @Column(name = "extractor_version")
    public String extractorVersion;
    public String type;
    public String gathering;
    @Column(name = "actor_keys")
    public String actorKeys;
    public String sentence;
    public String payload;
}
