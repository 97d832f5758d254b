package dev.chancery.model.fact;

import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.verdict.EventVerified;
import dev.chancery.model.verdict.VerdictRevised;

import java.util.Arrays;

/** Every fact type Chancery publishes, with its payload class, topic and JSON Schema resource. */
public enum FactType {
    ARTICLE_INGESTED("ArticleIngested", ArticleIngested.class, Topics.ARTICLES, 1),
    CLAIM_EXTRACTED("ClaimExtracted", ClaimExtracted.class, Topics.CLAIMS, 1),
    ARTICLE_EXTRACTED("ArticleExtracted", ArticleExtracted.class, Topics.CLAIMS, 1),
    EVENT_VERIFIED("EventVerified", EventVerified.class, Topics.VERDICTS, 2),
    VERDICT_REVISED("VerdictRevised", VerdictRevised.class, Topics.VERDICTS, 2);

    /** Prefix of the CloudEvents {@code ce_type} attribute. */
    public static final String CE_TYPE_PREFIX = "dev.chancery.";

    private final String typeName;
    private final Class<? extends FactPayload> payloadClass;
    private final String topic;
    private final int version;

    FactType(String typeName, Class<? extends FactPayload> payloadClass, String topic, int version) {
        this.typeName = typeName;
        this.payloadClass = payloadClass;
        this.topic = topic;
        this.version = version;
    }

    public String typeName() { return typeName; }

    public Class<? extends FactPayload> payloadClass() { return payloadClass; }

    public String topic() { return topic; }

    /** The payload's schema version, the same as its topic's. */
    public int version() { return version; }

    /** CloudEvents type, e.g. {@code dev.chancery.ArticleIngested.v1}. */
    public String cloudEventType() { return CE_TYPE_PREFIX + typeName + ".v" + version; }

    /** Classpath location of the payload's JSON Schema. */
    public String schemaResource() { return "/schemas/" + typeName + ".v" + version + ".schema.json"; }

    public static FactType of(Class<?> payloadClass) {
        return Arrays.stream(values()).filter(t -> t.payloadClass == payloadClass).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a payload: " + payloadClass));
    }

    /** Accepts the short name ({@code ClaimExtracted}) or the CloudEvents type. */
    public static FactType named(String name) {
        for (FactType t : values()) {
            if (t.typeName.equals(name) || t.cloudEventType().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown fact type: " + name);
    }
}
