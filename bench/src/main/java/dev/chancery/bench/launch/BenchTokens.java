package dev.chancery.bench.launch;

import dev.chancery.embedded.TokenIssuer;
import dev.chancery.embedded.launcher.EmbeddedPlatform;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Duration;

/** Bearer tokens signed with a platform's own key, valid longer than any run. */
public final class BenchTokens {
    private static final Duration VALIDITY = Duration.ofHours(3);

    private BenchTokens() {
    }

    public static String issue(EmbeddedPlatform platform, String... roles)
            throws IOException, GeneralSecurityException {
        return new TokenIssuer(platform.keys().privateKey()).issue("bench", VALIDITY, roles);
    }
}
