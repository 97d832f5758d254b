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

/** One version of an ingested article: where a claim's sentence was published. */
@Entity
@Table(name = "articles")
public class ArticleRow extends PanacheEntityBase implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "row_id")
    public Long rowId;
    public int generation;
    @Column(name = "article_id")
    public String articleId;
    @Column(name = "fact_id")
    public UUID factId;
    public String outlet;
    @Column(name = "outlet_kind")
    public String outletKind;
    public String url;
    public String title;
    @Column(name = "published_at")
    public Instant publishedAt;
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
