package dev.chancery.extraction.service;

import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.claim.ClaimExtracted;

import java.util.List;

/** An extractor of a given version: the service asks it for an article's claims. */
public interface Extractor {
    String version();

    List<ClaimExtracted> extract(ArticleIngested article);
}
