package dev.chancery.model.article;

import dev.chancery.model.fact.FactPayload;

import java.time.Instant;

/**
 * A news article accepted by ingestion. Immutable: a corrected article is a new fact.
 *
 * @param articleId      deterministic: hash of the normalised URL, or of the normalised body without one
 * @param url            as submitted, or null
 * @param normalizedUrl  the URL after normalisation (the de-duplication key), or null
 * @param outlet         who published it ("CNA")
 * @param outletKind     wire, newspaper, broadcaster, government, social media, press service
 * @param originalOutlet for a wire copy, the wire it came from ("Reuters"), else null
 * @param publishedAt    the article's publication time
 * @param language       ISO 639-1 code
 * @param title          headline
 * @param body           full text
 * @param author         optional byline
 * @param dateline       optional dateline ("ALMATY")
 * @param bodySha256     hex SHA-256 of the normalised body
 */
public record ArticleIngested(
        String articleId,
        String url,
        String normalizedUrl,
        String outlet,
        OutletKind outletKind,
        String originalOutlet,
        Instant publishedAt,
        String language,
        String title,
        String body,
        String author,
        String dateline,
        String bodySha256) implements FactPayload {

    @Override
    public String streamId() {
        return articleId;
    }
}
