package dev.chancery.platform.http;

import dev.chancery.platform.rest.Problem;

import java.util.Map;
import java.util.Optional;

/**
 * The documented size limits of a request's line and headers ({@code chancery.http.max-request-line},
 * {@code chancery.http.max-header-bytes}), checked so that a request over them is answered 414 or 431 with a problem
 * document; Vert.x's own codec limits sit above these and answer with a bare status only.
 */
public record RequestLimits(int maxRequestLine, int maxHeaderBytes) {

    /** The problem with a request of this line length and these headers, if any. */
    public Optional<Problem> check(int requestLineLength, Iterable<Map.Entry<String, String>> headers) {
        if (requestLineLength > maxRequestLine) {
            return Optional.of(Problem.of(414, "uri-too-long", "URI Too Long", "the request line is "
                    + requestLineLength + " characters; at most " + maxRequestLine + " are read"));
        }
        long size = 0;
        for (Map.Entry<String, String> header : headers) {
            size += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return size > maxHeaderBytes
                ? Optional.of(Problem.of(431, "header-fields-too-large", "Request Header Fields Too Large",
                        "the request headers are " + size + " bytes; at most " + maxHeaderBytes + " are read"))
                : Optional.empty();
    }

    /** Method, space, target, space, HTTP version: the length Vert.x's codec limit counts. */
    public static int requestLineLength(String method, String target) {
        return method.length() + 1 + target.length() + 1 + "HTTP/1.1".length();
    }
}
