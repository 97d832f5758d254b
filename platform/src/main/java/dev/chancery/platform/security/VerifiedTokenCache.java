package dev.chancery.platform.security;

import dev.chancery.platform.cache.BoundedLruMap;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
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
public class VerifiedTokenCache implements JWTParser {
    static final int MAX_TOKENS = 1_000;
    static final long MAX_AGE_SECONDS = 60;

    private final JWTParser delegate;
    private final Clock clock;
    private final BoundedLruMap<String, Verified> verified = new BoundedLruMap<>(MAX_TOKENS);

    private record Verified(JsonWebToken token, Instant until) {
    }

    @Inject
    public VerifiedTokenCache(DefaultJWTParser delegate) {
        this(delegate, Clock.systemUTC());
    }

    VerifiedTokenCache(JWTParser delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Instant now = clock.instant();
        Verified v = verified.get(token);
        if (v != null && now.isBefore(v.until())) {
            return v.token();
        }
        JsonWebToken parsed = delegate.parse(token);
        Instant until = now.plusSeconds(MAX_AGE_SECONDS);
        Instant expires = Instant.ofEpochSecond(parsed.getExpirationTime());
        if (parsed.getExpirationTime() > 0 && expires.isBefore(until)) {
            until = expires;
        }
        verified.put(token, new Verified(parsed, until));
        return parsed;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return delegate.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return delegate.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return delegate.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return delegate.parseOnly(token);
    }
}
