package dev.chancery.model.fact;

/**
 * Kafka header names of CloudEvents binary mode, plus Chancery's extension attributes that carry
 * the rest of the fact envelope. The record value is the payload JSON.
 */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";
    public static final String STREAM_ID = "ce_streamid";
    public static final String STREAM_VERSION = "ce_streamversion";
    public static final String POSITION = "ce_position";
    public static final String CORRELATION_ID = "ce_correlationid";
    public static final String CAUSATION_ID = "ce_causationid";
    public static final String VALID_TIME = "ce_validtime";
    public static final String PUBLISHED_TIME = "ce_publishedtime";
    public static final String PRODUCER = "ce_producer";

    private CloudEventHeaders() {
    }
}
