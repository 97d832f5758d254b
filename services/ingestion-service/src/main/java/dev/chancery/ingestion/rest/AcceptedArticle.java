package dev.chancery.ingestion.rest;

import dev.chancery.ingestion.service.IntakeResult;

import java.util.UUID;

/**
 * The answer to a single POST.
 *
 * @param status accepted (201, stored now) or duplicate (200, stored before)
 */
public record AcceptedArticle(UUID id, String status, String location) {

    static AcceptedArticle of(IntakeResult result) {
        return new AcceptedArticle(result.id(), result.created() ? "accepted" : "duplicate",
                ArticleResource.PATH + "/" + result.id());
    }
}
