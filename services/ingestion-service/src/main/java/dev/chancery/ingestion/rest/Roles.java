package dev.chancery.ingestion.rest;

/** The JWT groups the API checks: {@code ingest} writes, {@code read} reads, {@code admin} may do everything. */
final class Roles {
    static final String INGEST = "ingest";
    static final String READ = "read";
    static final String ADMIN = "admin";

    private Roles() {
    }
}
