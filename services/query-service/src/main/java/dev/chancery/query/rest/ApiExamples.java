package dev.chancery.query.rest;

/** Example bodies for the OpenAPI document. */
final class ApiExamples {
    static final String GATHERINGS = """
            [{"id":"gathering:g20-2026","name":"2026 G20 summit","kind":"SUMMIT","host":"USA","city":"Miami",\
            "startDate":"2026-12-14","endDate":"2026-12-15","body":null}]""";
    static final String SOURCE = """
            {"claimId":"c-7f3a","articleId":"a-91b2","outlet":"Reuters","url":"https://www.reuters.com/world/x",\
            "publishedAt":"2025-12-03T09:12:00Z","quote":"Trump said he had invited Kazakhstan's President \
            Kassym-Jomart Tokayev to the G20 summit in Miami.","stance":"FOR"}""";
    static final String INVITATIONS = "[{\"eventId\":\"ev-5d1c\",\"invitee\":{\"id\":\"KAZ\",\"name\":\"Kazakhstan\","
            + "\"country\":\"KAZ\",\"role\":\"INVITEE\"},\"inviter\":{\"id\":\"person:donald-trump\",\"name\":"
            + "\"Donald Trump\",\"country\":\"USA\",\"role\":\"INVITER\"},\"status\":\"ACCEPTED\","
            + "\"verification\":\"CONFIRMED\",\"firstReportedAt\":\"2025-12-03T09:12:00Z\","
            + "\"lastChangedAt\":\"2025-12-05T14:00:03Z\",\"sourceCount\":1,\"sources\":[" + SOURCE + "],"
            + "\"gathering\":\"gathering:g20-2026\",\"body\":null}]";
    static final String CONTACTS = "[{\"eventId\":\"ev-2c77\",\"type\":\"PHONE_CALL\",\"date\":{\"start\":"
            + "\"2025-12-23\",\"end\":\"2025-12-23\",\"precision\":\"DAY\",\"text\":\"Dec. 23\"},\"gathering\":null,"
            + "\"participants\":[{\"id\":\"person:kassym-jomart-tokayev\",\"name\":\"Kassym-Jomart Tokayev\","
            + "\"country\":\"KAZ\",\"role\":\"PARTICIPANT\"},{\"id\":\"person:donald-trump\",\"name\":"
            + "\"Donald Trump\",\"country\":\"USA\",\"role\":\"PARTICIPANT\"}],\"verification\":\"CONFIRMED\","
            + "\"recordedAt\":\"2025-12-24T08:00:00Z\",\"sources\":[" + SOURCE + "]}]";
    static final String TIMELINE = "[{\"eventId\":\"ev-2c77\",\"type\":\"PHONE_CALL\",\"date\":{\"start\":"
            + "\"2025-12-23\",\"end\":\"2025-12-23\",\"precision\":\"DAY\",\"text\":\"Dec. 23\"},\"gathering\":null,"
            + "\"participants\":[{\"id\":\"KAZ\",\"name\":\"Kazakhstan\",\"country\":\"KAZ\",\"role\":\"PARTICIPANT\"}],"
            + "\"verdict\":\"REPORTED\",\"invitationState\":null,\"recordedAt\":\"2025-12-24T08:00:00Z\","
            + "\"sources\":[" + SOURCE + "]}]";
    static final String EVENT = "{\"id\":\"ev-2c77\",\"type\":\"PHONE_CALL\",\"gathering\":null,\"date\":{\"start\":"
            + "\"2025-12-23\",\"end\":\"2025-12-23\",\"precision\":\"DAY\",\"text\":\"Dec. 23\"},\"participants\":[],"
            + "\"verdict\":\"REFUTED\",\"invitationState\":null,\"stateVerdict\":null,\"rationale\":[{\"rule\":"
            + "\"official-participant-denies\",\"text\":\"Akorda press service denied the call\",\"claims\":[\"c-9\"],"
            + "\"claimCount\":1}],"
            + "\"claims\":[],\"history\":[{\"revision\":1,\"factType\":\"EventVerified\",\"verdict\":\"REPORTED\","
            + "\"invitationState\":null,\"stateVerdict\":null,\"rationale\":[],\"triggerClaimId\":\"c-1\","
            + "\"recordedAt\":\"2025-12-24T08:00:00Z\"},{\"revision\":2,\"factType\":\"VerdictRevised\","
            + "\"verdict\":\"REFUTED\",\"invitationState\":null,\"stateVerdict\":null,\"rationale\":[],"
            + "\"triggerClaimId\":\"c-9\",\"recordedAt\":\"2025-12-25T10:00:00Z\"}]}";
    static final String STREAM = """
            id: 42
            event: verdict
            data: {"eventId":"ev-2c77","eventType":"PHONE_CALL","gathering":null,"revision":2,\
            "previousVerdict":"REPORTED","verdict":"REFUTED","recordedAt":"2025-12-25T10:00:00Z"}
            """;
    static final String PROJECTIONS = "[{\"name\":\"events\",\"state\":\"REBUILDING\",\"activeGeneration\":1,"
            + "\"buildingGeneration\":2,\"factsApplied\":1200,\"lag\":300,\"startedAt\":\"2026-01-20T10:00:00Z\","
            + "\"finishedAt\":null,\"error\":null}]";
    static final String PROGRESS = "{\"articleId\":\"8c1a7a55-93f4-5b0e-9d7e-2a4cf0a1b6d2\",\"stage\":\"VERIFIED\","
            + "\"ingestedAt\":\"2026-01-20T09:31:02Z\",\"extracted\":{\"claimCount\":3,\"extractorVersion\":"
            + "\"rules-1.0\",\"at\":\"2026-01-20T09:31:04Z\"},\"verified\":[{\"eventId\":\"ev-2c77\",\"verdict\":"
            + "\"REPORTED\",\"revision\":1,\"at\":\"2026-01-20T09:31:05Z\"}]}";
    static final String NOT_FOUND = "{\"type\":\"https://chancery.dev/problems/not-found\",\"title\":\"Not found\","
            + "\"status\":404,\"detail\":\"event 'ev-x' does not exist\",\"instance\":\"/api/v1/events/ev-x\"}";
    static final String BAD_REQUEST = "{\"type\":\"https://chancery.dev/problems/invalid-as-of\",\"title\":"
            + "\"Bad request\",\"status\":400,\"detail\":\"asOf must be an ISO-8601 instant such as "
            + "2026-01-20T12:00:00Z, not 'yesterday'\"}";
    static final String UNAUTHORIZED = "{\"type\":\"https://chancery.dev/problems/unauthorized\",\"title\":"
            + "\"Unauthorized\",\"status\":401,\"detail\":\"a valid bearer token is required\"}";
    static final String FORBIDDEN = "{\"type\":\"https://chancery.dev/problems/forbidden\",\"title\":\"Forbidden\","
            + "\"status\":403,\"detail\":\"the token does not carry the role this operation needs\"}";

    private ApiExamples() {
    }
}
