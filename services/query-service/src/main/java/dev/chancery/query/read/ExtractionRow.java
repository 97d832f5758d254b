package dev.chancery.query.read;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One version of an article's extraction by one extractor version (ArticleExtracted). */
@Entity
@Table(name = "extractions")
public class ExtractionRow extends VersionedRow {
    @Column(name = "article_id")
    public String articleId;
    @Column(name = "extractor_version")
    public String extractorVersion;
    @Column(name = "claim_count")
    public int claimCount;
    public String supersedes;
}
