package dev.chancery.model.claim;

import dev.chancery.model.article.OutletKind;

import java.time.Instant;

/**
 * The article a claim came from, carried on the claim so that verification can judge independence.
 *
 * @param originalOutlet the wire a copy came from, or null: copies of one wire story count once
 */
public record SourceInfo(
        String articleId,
        String url,
        String outlet,
        OutletKind outletKind,
        String originalOutlet,
        Instant publishedAt) {

    /** The outlet whose reporting this is: the wire for a wire copy, else the outlet. */
    public String independentOutlet() {
        return originalOutlet != null && !originalOutlet.isBlank() ? originalOutlet : outlet;
    }
}
