package dev.chancery.testsupport.fuzz;

import dev.chancery.embedded.JwtKeys;
import dev.chancery.embedded.TokenIssuer;
import io.smallrye.jwt.build.Jwt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * The bearer credentials every secured operation is tried with: none, garbage, expired, wrong issuer, another
 * key, {@code alg: none}, a tampered payload, and a genuine token for each role.
 */
public final class AuthMatrix {
    public static final List<String> ROLES = List.of("read", "ingest", "admin");

    private AuthMatrix() {
    }

    /** The matrix for services that trust {@code key}; the last credential holds every role. */
    public static List<Credential> of(PrivateKey key) throws GeneralSecurityException {
        TokenIssuer trusted = new TokenIssuer(key);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        TokenIssuer stranger = new TokenIssuer(generator.generateKeyPair().getPrivate());
        String admin = trusted.issue("fuzz", Duration.ofHours(1), "admin");
        List<Credential> matrix = new ArrayList<>(List.of(
                new Credential("no token", null, false),
                new Credential("not a JWT", "Bearer not-a-jwt", false),
                new Credential("empty bearer", "Bearer ", false),
                new Credential("basic scheme", "Basic Zm9vOmJhcg==", false),
                new Credential("expired", bearer(trusted.issue("fuzz", Instant.now().minus(Duration.ofHours(2)),
                        Duration.ofHours(1), ROLES.toArray(String[]::new))), false),
                new Credential("wrong issuer", bearer(Jwt.issuer("not-" + JwtKeys.ISSUER).subject("fuzz")
                        .groups(Set.copyOf(ROLES)).expiresIn(3600).sign(key)), false),
                new Credential("wrong key", bearer(stranger.issue("fuzz", Duration.ofHours(1),
                        ROLES.toArray(String[]::new))), false),
                new Credential("alg none", bearer(unsigned(admin)), false),
                new Credential("tampered payload", bearer(tampered(admin)), false)));
        for (String role : ROLES) {
            matrix.add(new Credential("role " + role, bearer(trusted.issue("fuzz", Duration.ofHours(1), role)), true));
        }
        matrix.add(new Credential("every role", bearer(trusted.issue("fuzz", Duration.ofHours(1),
                ROLES.toArray(String[]::new))), true));
        return matrix;
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    /** The same claims with header {@code {"alg":"none"}} and no signature. */
    static String unsigned(String token) {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }

    /** The signature of {@code token} over a payload whose roles were widened. */
    static String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"admin\"", "\"admin\",\"read\",\"ingest\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }
}
