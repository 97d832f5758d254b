package dev.chancery.model.fact;

/**
 * Kafka topic names; a breaking payload change is a new topic version. Keys, partitions and retention of each are in
 * {@link TopicCatalogue}.
 */
public final class Topics {
    /** ArticleIngested, keyed by article id. */
    public static final String ARTICLES = "chancery.articles.v1";
    /** Articles submitted by other teams for ingestion (raw JSON, same fields as the REST API). */
    public static final String ARTICLES_SUBMITTED = "chancery.articles.submitted.v1";
    /** ClaimExtracted and ArticleExtracted, keyed by article id. */
    public static final String CLAIMS = "chancery.claims.v1";
    /**
     * EventVerified and VerdictRevised, keyed by diplomatic event id. Version 2: a revision names the claims that
     * changed, not all of them ({@code chancery.verdicts.v1}, retired, repeated every claim in every revision).
     */
    public static final String VERDICTS = "chancery.verdicts.v2";
    /** Suffix of every dead-letter topic: the failed record plus error headers. */
    public static final String DLQ_SUFFIX = ".dlq";

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DLQ_SUFFIX;
    }
}
