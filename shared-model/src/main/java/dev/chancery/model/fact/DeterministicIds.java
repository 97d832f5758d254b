package dev.chancery.model.fact;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Name-based (version 5 style, SHA-1) UUIDs so that a replay or a retry yields the same ids. */
public final class DeterministicIds {
    private DeterministicIds() {
    }

    /** A stable UUID for the given natural key parts, joined unambiguously. */
    public static UUID of(String namespace, String... parts) {
        StringBuilder key = new StringBuilder(namespace);
        for (String p : parts) {
            key.append('\u001f').append(p == null ? "" : p);
        }
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-1")
                    .digest(key.toString().getBytes(StandardCharsets.UTF_8));
            hash[6] &= 0x0f;
            hash[6] |= 0x50;
            hash[8] &= 0x3f;
            hash[8] |= (byte) 0x80;
            long msb = 0;
            long lsb = 0;
            for (int i = 0; i < 8; i++) {
                msb = (msb << 8) | (hash[i] & 0xff);
            }
            for (int i = 8; i < 16; i++) {
                lsb = (lsb << 8) | (hash[i] & 0xff);
            }
            return new UUID(msb, lsb);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 unavailable", e);
        }
    }
}
