package dev.chancery.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A verified token is reused until it expires (at most a minute); a refused one is checked every time. */
class VerifiedTokenCacheTest {
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    /** Counts verifications; "bad" tokens are refused, others expire at the epoch second after the colon. */
    static final class CountingParser extends DefaultJWTParser {
        final Map<String, Integer> calls = new HashMap<>();

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            calls.merge(token, 1, Integer::sum);
            if (token.startsWith("bad")) {
                throw new ParseException("signature does not verify");
            }
            return new Token(token, Long.parseLong(token.substring(token.indexOf(':') + 1)));
        }
    }

    record Token(String name, long exp) implements JsonWebToken {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return "exp".equals(claimName) ? (T) Long.valueOf(exp) : null;
        }
    }

    @Test
    void aVerifiedTokenIsReusedByTheSameCache() throws Exception {
        CountingParser parser = new CountingParser();
        long inAnHour = NOW.plusSeconds(3600).getEpochSecond();
        String longLived = "a:" + inAnHour;
        String shortLived = "b:" + NOW.plusSeconds(10).getEpochSecond();

        assertThat(cache(parser, NOW).parse(longLived).getName()).isEqualTo(longLived);
        VerifiedTokenCache cache = cache(parser, NOW);
        cache.parse(longLived);
        cache.parse(longLived);
        cache.parse(shortLived);
        cache.parse(shortLived);
        assertThat(parser.calls).containsEntry(longLived, 2).containsEntry(shortLived, 1);
    }

    @Test
    void aCachedTokenIsCheckedAgainAfterItExpiresOrAfterAMinute() throws Exception {
        CountingParser parser = new CountingParser();
        String shortLived = "c:" + NOW.plusSeconds(10).getEpochSecond();
        String longLived = "d:" + NOW.plusSeconds(3600).getEpochSecond();
        MutableClock clock = new MutableClock(NOW);
        VerifiedTokenCache cache = new VerifiedTokenCache(parser::parse, clock);
        cache.parse(shortLived);
        cache.parse(longLived);
        clock.now = NOW.plusSeconds(11);
        cache.parse(shortLived);
        cache.parse(longLived);
        assertThat(parser.calls).containsEntry(shortLived, 2).containsEntry(longLived, 1);
        clock.now = NOW.plusSeconds(VerifiedTokenCache.MAX_AGE_SECONDS + 1);
        cache.parse(longLived);
        assertThat(parser.calls).containsEntry(longLived, 2);
    }

    @Test
    void aRefusedTokenIsNeverKept() {
        CountingParser parser = new CountingParser();
        VerifiedTokenCache cache = cache(parser, NOW);
        assertThatThrownBy(() -> cache.parse("bad:1")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> cache.parse("bad:1")).isInstanceOf(ParseException.class);
        assertThat(parser.calls).containsEntry("bad:1", 2);
    }

    private static VerifiedTokenCache cache(CountingParser parser, Instant now) {
        return new VerifiedTokenCache(parser::parse, Clock.fixed(now, ZoneOffset.UTC));
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
