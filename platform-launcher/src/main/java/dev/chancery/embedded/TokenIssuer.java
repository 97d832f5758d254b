package dev.chancery.embedded;

import io.smallrye.jwt.build.Jwt;

import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Signs bearer tokens with roles ({@code ingest}, {@code read}, {@code admin}) as the services expect them. */
public final class TokenIssuer {
    private final PrivateKey key;

    public TokenIssuer(PrivateKey key) {
        this.key = key;
    }

    public String issue(String subject, Duration validity, String... roles) {
        return issue(subject, Instant.now(), validity, roles);
    }

    /** A token issued at {@code issuedAt}: a past instant with a short validity gives an expired token. */
    public String issue(String subject, Instant issuedAt, Duration validity, String... roles) {
        return Jwt.issuer(JwtKeys.ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(roles))
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plus(validity))
                .jws().keyId("chancery-embedded")
                .sign(key);
    }
}
