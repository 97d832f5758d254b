package dev.chancery.query.rest;

/** The shared description of the asOf parameter. */
final class AsOfDoc {
    static final String TEXT = "Transaction time (ISO-8601 instant): answer as the platform would have answered "
            + "then. Default: now.";
    static final String EXAMPLE = "2026-01-20T12:00:00Z";

    private AsOfDoc() {
    }
}
