package dev.chancery.extraction.config;

import dev.chancery.extraction.domain.ClaimExtractor;
import dev.chancery.extraction.domain.NlpModels;
import dev.chancery.extraction.domain.syntax.ParserMode;
import dev.chancery.extraction.domain.syntax.Syntax;
import dev.chancery.extraction.service.Extractor;
import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.reference.ReferenceData;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Makes the rule-based {@link ClaimExtractor} (models loaded once) the service's extractor; the dependency parser
 * behind it is on ({@code auto}) unless {@value ParserMode#PROPERTY} is {@code off}.
 */
public class ExtractorProducer {

    @Produces
    @Singleton
    Extractor extractor(ExtractionConfig config) {
        ClaimExtractor rules = new ClaimExtractor(ReferenceData.load(), new NlpModels(),
                Syntax.of(ParserMode.of(config.parser())));
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
