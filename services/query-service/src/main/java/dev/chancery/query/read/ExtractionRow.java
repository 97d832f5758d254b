package dev.chancery.query.read;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One version of an article's extraction by one extractor version (ArticleExtracted). */
@Entity
@Table(name = "extractions")
public class ExtractionRow extends VersionedRow {
    public String articleId;
    public String extractorVersion;
    public int claimCount;
    public String supersedes;
}
