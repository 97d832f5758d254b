package dev.chancery.extraction.config;

import dev.chancery.extraction.domain.ClaimExtractor;
import dev.chancery.extraction.service.Extractor;
import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.claim.ClaimExtracted;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.List;

/** Makes the rule-based {@link ClaimExtractor} (models loaded once) the service's extractor. */
public class ExtractorProducer {

    @Produces
    @Singleton
    Extractor extractor() {
        ClaimExtractor rules = new ClaimExtractor();
        return new Extractor() {
            @Override
            public String version() {
                return ClaimExtractor.VERSION;
            }

            @Override
            public List<ClaimExtracted> extract(ArticleIngested article) {
                return rules.extract(article);
            }
        };
    }
}
