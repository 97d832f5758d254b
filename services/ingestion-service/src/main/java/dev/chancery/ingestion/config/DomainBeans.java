package dev.chancery.ingestion.config;

import dev.chancery.ingestion.service.ArticleLimits;
import dev.chancery.ingestion.service.ArticleValidator;
import dev.chancery.ingestion.service.UrlNormaliser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Builds the plain-Java domain objects from configuration, so they stay free of CDI and testable alone. */
@ApplicationScoped
public class DomainBeans {

    @Produces
    @Singleton
    ArticleLimits limits(IngestionConfig config) {
        return new ArticleLimits(config.maxArticleBodyBytes(), config.maxFutureSkew(), config.languages());
    }

    @Produces
    @Singleton
    ArticleValidator validator(ArticleLimits limits) {
        return new ArticleValidator(limits, new UrlNormaliser(), Clock.systemUTC());
    }
}
