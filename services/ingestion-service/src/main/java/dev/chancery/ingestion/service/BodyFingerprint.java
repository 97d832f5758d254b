package dev.chancery.ingestion.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The SHA-256 of an article body after Unicode NFKC, lower case and collapsed whitespace, so that re-wrapped or
 * re-cased copies of one text share a fingerprint (and, without a URL, an article id).
 */
public final class BodyFingerprint {
    private BodyFingerprint() {
    }

    public static String normalise(String body) {
        String folded = Normalizer.normalize(body, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        // \p{Z} catches no-break and other Unicode spaces that \s misses
        return folded.replaceAll("[\\s\\p{Z}]+", " ").strip();
    }

    public static String sha256(String body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(normalise(body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
