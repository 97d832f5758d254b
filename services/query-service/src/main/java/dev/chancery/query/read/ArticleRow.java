package dev.chancery.query.read;

import dev.chancery.query.projection.ArticleVersion;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** One version of an ingested article: where a claim's sentence was published. */
@Entity
@Table(name = "articles")
public class ArticleRow extends VersionedRow {
    public String articleId;
    public String outlet;
    public String outletKind;
    public String url;
    public String title;
    public Instant publishedAt;

    /** What this version says, as the pure projection code reads it. */
    public ArticleVersion version() {
        return new ArticleVersion(articleId, outlet, outletKind, url, title, publishedAt);
    }
}
