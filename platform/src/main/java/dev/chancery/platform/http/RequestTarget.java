package dev.chancery.platform.http;

import dev.chancery.platform.rest.Problem;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Refuses a request target (raw path and query) whose percent-decoding is not UTF-8 text or holds a control
 * character: no identifier or parameter of the API can contain one, and PostgreSQL refuses NUL in text, so such a
 * target is a malformed request (400), not a lookup of something missing.
 */
public final class RequestTarget {
    private RequestTarget() {
    }

    /** The problem with {@code rawTarget} (path and query as sent, still percent-encoded), if any. */
    public static Optional<Problem> check(String rawTarget) {
        int query = rawTarget.indexOf('?');
        String path = query < 0 ? rawTarget : rawTarget.substring(0, query);
        Optional<Problem> inPath = checkPart(path, "path", false);
        return inPath.isPresent() || query < 0 ? inPath : checkPart(rawTarget.substring(query + 1), "query", true);
    }

    private static Optional<Problem> checkPart(String raw, String where, boolean plusIsSpace) {
        byte[] bytes;
        try {
            bytes = percentDecode(raw, plusIsSpace);
        } catch (IllegalArgumentException e) {
            return Optional.of(invalid(where, "has a malformed percent-encoding"));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Optional.of(invalid(where, "is not UTF-8 text once percent-decoded"));
        }
        return text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)
                ? Optional.of(invalid(where, "holds a control character (such as %00) once percent-decoded"))
                : Optional.empty();
    }

    static byte[] percentDecode(String raw, boolean plusIsSpace) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new IllegalArgumentException("truncated escape");
                }
                out.write(Integer.parseInt(hex(raw, i), 16));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c == '+' && plusIsSpace ? ' ' : c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static String hex(String raw, int at) {
        String digits = raw.substring(at + 1, at + 3);
        if (!digits.chars().allMatch(d -> Character.digit(d, 16) >= 0)) {
            throw new IllegalArgumentException("not hex: " + digits);
        }
        return digits;
    }

    private static Problem invalid(String where, String what) {
        return Problem.of(400, "invalid-request-target", "Bad request", "the request " + where + " " + what);
    }
}
