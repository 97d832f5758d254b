package dev.chancery.ingestion.rest;

import dev.chancery.platform.rest.Problem;
import dev.chancery.platform.rest.ProblemException;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a single-article request body, refusing one larger than the limit with 413: by its Content-Length before
 * reading, and while reading for chunked bodies, so an oversize body is never buffered.
 */
final class BoundedBody {
    private BoundedBody() {
    }

    static byte[] read(InputStream in, Long contentLength, int maxBytes) {
        if (contentLength != null && contentLength > maxBytes) {
            throw tooLarge(maxBytes);
        }
        try {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw tooLarge(maxBytes);
            }
            return bytes;
        } catch (IOException e) {
            throw new ProblemException(Problem.of(400, "unreadable-body", "Unreadable body", e.getMessage()));
        }
    }

    private static ProblemException tooLarge(int maxBytes) {
        return new ProblemException(Problem.of(413, "request-too-large", "Request too large",
                "a single-article request is at most " + maxBytes + " bytes; send larger sets to /api/v1/articles:batch"));
    }
}
