package dev.chancery.ingestion;

import dev.chancery.testsupport.TestInfrastructure;

/** Bearer headers signed with the test key. */
public final class Tokens {
    private Tokens() {
    }

    public static String bearer(String... roles) {
        return "Bearer " + TestInfrastructure.get().token(roles);
    }

    public static String ingest() {
        return bearer("ingest");
    }

    public static String read() {
        return bearer("read");
    }
}
