package dev.chancery.testsupport.fuzz;

import java.util.List;
import java.util.Map;

/**
 * One request to send: what it tries ({@code label}), method, target (path and query, percent-encoded), headers
 * (a name may repeat), body ({@code null}: none), and the status it must get when only one is right (0: any
 * that is not 5xx).
 */
public record FuzzRequest(String label, String method, String target, List<Map.Entry<String, String>> headers,
        byte[] body, int expectedStatus) {
}
