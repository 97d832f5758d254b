package dev.chancery.ingestion.rest;

/** Example documents shown in the OpenAPI description. */
final class ApiExamples {
    static final String ARTICLE = """
            {"url": "https://news.example.org/world/2026/01/20/summit-invitations?utm_source=newsletter",
             "outlet": "Example Daily News", "outletKind": "NEWSPAPER", "publishedAt": "2026-01-20T09:30:00Z",
             "language": "en", "title": "Host confirms invitations for December summit",
             "body": "The host government said on Tuesday that it had sent invitations to the leaders of ...",
             "author": "A. Writer", "dateline": "WASHINGTON", "originalOutlet": null}""";
    static final String BATCH = """
            {"url": "https://wire.example.com/a/1", "outlet": "Example Wire", "outletKind": "WIRE", \
            "publishedAt": "2026-01-20T09:30:00Z", "language": "en", "title": "First", "body": "..."}
            {"outlet": "Example Wire", "outletKind": "WIRE", "publishedAt": "2026-01-20T10:00:00Z", \
            "language": "en", "title": "No URL: identified by its body", "body": "..."}
            """;
    static final String ACCEPTED = """
            {"id": "8c1a7a55-93f4-5b0e-9d7e-2a4cf0a1b6d2", "status": "accepted",
             "location": "/api/v1/articles/8c1a7a55-93f4-5b0e-9d7e-2a4cf0a1b6d2"}""";
    static final String DUPLICATE = """
            {"id": "8c1a7a55-93f4-5b0e-9d7e-2a4cf0a1b6d2", "status": "duplicate",
             "location": "/api/v1/articles/8c1a7a55-93f4-5b0e-9d7e-2a4cf0a1b6d2"}""";
    static final String INVALID = """
            {"type": "https://chancery.dev/problems/invalid-article", "title": "Invalid article", "status": 400,
             "detail": "publishedAt: '20 January' is not an ISO-8601 date-time", "instance": "/api/v1/articles",
             "errors": [{"field": "publishedAt", "code": "unparseable-date",
                         "message": "'20 January' is not an ISO-8601 date-time"}]}""";
    static final String TOO_LARGE = """
            {"type": "https://chancery.dev/problems/request-too-large", "title": "Request too large", "status": 413,
             "detail": "a single-article request is at most 262144 bytes", "instance": "/api/v1/articles"}""";
    static final String BATCH_REPORT = """
            {"lines": 3, "accepted": 1, "duplicate": 1, "rejected": 1, "complete": true, "results": [
              {"line": 1, "status": "accepted", "id": "8c1a7a55-93f4-5b0e-9d7e-2a4cf0a1b6d2"},
              {"line": 2, "status": "duplicate", "id": "8c1a7a55-93f4-5b0e-9d7e-2a4cf0a1b6d2"},
              {"line": 4, "status": "rejected", "problem": {"type": "https://chancery.dev/problems/malformed-json",
               "title": "Malformed JSON", "status": 400, "detail": "Unexpected end-of-input"}}]}""";
    static final String VIEW = """
            {"id": "8c1a7a55-93f4-5b0e-9d7e-2a4cf0a1b6d2", "position": 42, "recordedAt": "2026-01-20T09:31:02Z",
             "article": {"articleId": "8c1a7a55-93f4-5b0e-9d7e-2a4cf0a1b6d2", "outlet": "Example Daily News",
                         "title": "Host confirms invitations for December summit", "language": "en"}}""";
    static final String PAGE = """
            {"page": 0, "size": 20, "total": 1, "items": [{"id": "8c1a7a55-93f4-5b0e-9d7e-2a4cf0a1b6d2",
              "url": "https://news.example.org/world/2026/01/20/summit-invitations", "outlet": "Example Daily News",
              "outletKind": "NEWSPAPER", "title": "Host confirms invitations for December summit", "language": "en",
              "publishedAt": "2026-01-20T09:30:00Z", "recordedAt": "2026-01-20T09:31:02Z"}]}""";
    static final String UNAUTHORIZED = """
            {"type": "https://chancery.dev/problems/unauthorized", "title": "Unauthorized", "status": 401,
             "detail": "a valid bearer token is required"}""";

    private ApiExamples() {
    }
}
