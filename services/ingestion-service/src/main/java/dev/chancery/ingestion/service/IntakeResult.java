package dev.chancery.ingestion.service;

import java.util.UUID;

/**
 * What happened to an accepted article.
 *
 * @param id      the article id (also its fact id)
 * @param created true when this submission stored the fact, false when it already existed
 */
public record IntakeResult(UUID id, boolean created) {
}
