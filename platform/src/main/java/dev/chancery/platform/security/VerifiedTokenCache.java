package dev.chancery.platform.security;

import dev.chancery.platform.cache.BoundedLruMap;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;
import java.time.Instant;

/**
 * The bearer-token parser of every service: smallrye-jwt's, with each verified token kept until it expires (and at
 * most {@link #MAX_AGE_SECONDS}), so that a client sending the same token again costs a map lookup instead of an
 * RSA signature check (a fifth of the query service's CPU under load, measured). Only the exact token string that
 * passed verification is reused; anything else is verified as before.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache extends DefaultJWTParser {
    static final int MAX_TOKENS = 1_000;
    static final long MAX_AGE_SECONDS = 60;

    /** The signature check behind the cache: smallrye-jwt's own parse, or a counting one in tests. */
    @FunctionalInterface
    interface TokenVerifier {
        JsonWebToken verify(String token) throws ParseException;
    }

    private final TokenVerifier verifier;
    private final Clock clock;
    private final BoundedLruMap<String, Verified> verified = new BoundedLruMap<>(MAX_TOKENS);

    private record Verified(JsonWebToken token, Instant until) {
    }

    /** Every other method (verify, decrypt, parseOnly) is smallrye-jwt's, inherited: only parse(token) is cached. */
    @Inject
    public VerifiedTokenCache(JWTAuthContextInfo authContext) {
        super(authContext);
        this.verifier = super::parse;
        this.clock = Clock.systemUTC();
    }

    VerifiedTokenCache(TokenVerifier verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Instant now = clock.instant();
        Verified v = verified.get(token);
        if (v != null && now.isBefore(v.until())) {
            return v.token();
        }
        JsonWebToken parsed = verifier.verify(token);
        Instant until = now.plusSeconds(MAX_AGE_SECONDS);
        Instant expires = Instant.ofEpochSecond(parsed.getExpirationTime());
        if (parsed.getExpirationTime() > 0 && expires.isBefore(until)) {
            until = expires;
        }
        verified.put(token, new Verified(parsed, until));
        return parsed;
    }
}
