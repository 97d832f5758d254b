package dev.chancery.query.read;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One version of an extracted claim; {@code payload} is the ClaimExtracted JSON, down to the evidence sentence. */
@Entity
@Table(name = "claims")
public class ClaimRow extends VersionedRow {
    public String claimId;
    public String articleId;
    public String extractorVersion;
    public String type;
    public String gathering;
    public String actorKeys;
    public String sentence;
    public String payload;
}
