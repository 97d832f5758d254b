package dev.chancery.query.read;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** One version of an ingested article: where a claim's sentence was published. */
@Entity
@Table(name = "articles")
public class ArticleRow extends VersionedRow {
    @Column(name = "article_id")
    public String articleId;
    public String outlet;
    @Column(name = "outlet_kind")
    public String outletKind;
    public String url;
    public String title;
    @Column(name = "published_at")
    public Instant publishedAt;
}
