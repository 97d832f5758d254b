package dev.chancery.bench.kafka;

import dev.chancery.model.fact.Topics;

import java.util.List;

/** The topics the bench counts records on, named by {@link Topics}. */
public final class FactTopics {
    /** The three fact topics: what the pipeline's stages write and a rebuild reads. */
    public static final List<String> FACTS = List.of(Topics.ARTICLES, Topics.CLAIMS, Topics.VERDICTS);
    /** The fact topics and the topic of articles submitted over Kafka: every topic a service consumes. */
    public static final List<String> CONSUMED = List.of(Topics.ARTICLES_SUBMITTED, Topics.ARTICLES, Topics.CLAIMS,
            Topics.VERDICTS);

    private FactTopics() {
    }
}
