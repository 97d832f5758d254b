package dev.chancery.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chancery.embedded.launcher.Supervision;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance scenario: the four demo articles (bin/demo, our own words) go in through ingestion, flow through
 * extraction and verification over the real broker, and come out of the query service with their sources. The
 * fourth has the structures real coverage of the Board of Peace had: a list of invitees, a refusal with reasons, an
 * acceptance the host reports while the invitee says it is still studying the offer, and a withdrawn invitation.
 */
class PipelineEndToEndTest {
    private static final Duration PIPELINE = Duration.ofSeconds(90);
    private static final Path DEMO = RunningPlatform.HOME.resolve("bin/demo");
    private static RunningPlatform platform;
    private static final Map<String, String> ARTICLE_IDS = new LinkedHashMap<>();

    @BeforeAll
    static void startAndIngest() throws Exception {
        platform = RunningPlatform.start();
        for (String name : List.of("01-almaty-call.json", "02-september-denial.json", "03-board-of-peace.json",
                "04-board-of-peace-responses.json")) {
            HttpResponse<String> response = platform.postArticle(DEMO.resolve(name));
            assertThat(response.statusCode()).as("POST %s: %s", name, response.body()).isEqualTo(201);
            ARTICLE_IDS.put(name, new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body())
                    .get("id").asText());
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void anIngestedArticleIsExtractedVerifiedAndVisibleThroughTheQueryApi() throws Exception {
        String id = ARTICLE_IDS.get("01-almaty-call.json");
        JsonNode invitations = platform.await("query", "/api/v1/gatherings/gathering:g20-2026/invitations",
                r -> sourcesOf(rows(r)).contains(id), PIPELINE);
        assertThat(sourcesOf(rows(invitations))).as("query answer %s", invitations).contains(id);

        JsonNode article = platform.get("ingestion", "/api/v1/articles/" + id);
        assertThat(article.get("status").asInt()).isEqualTo(200);
        assertThat(article.path("body").has("progress")).as("ingestion keeps no progress: %s", article).isFalse();
        // the progress is the query service's, which reads every topic (data flows one way)
        JsonNode progress = platform.await("query", "/api/v1/articles/" + id + "/progress",
                r -> r.path("body").hasNonNull("extracted"), PIPELINE);
        assertThat(progress.get("status").asInt()).as("query progress %s", progress).isEqualTo(200);
        assertThat(progress.path("body").path("extracted").path("claimCount").asInt()).isPositive();
    }

    @Test
    void anExtractionServiceKilledWithSigkillIsRestartedAndExtractsTheNextArticle() throws Exception {
        // the demo articles first, so that the kill delays none of the other tests' answers
        platform.await("query", "/api/v1/articles/" + ARTICLE_IDS.get("04-board-of-peace-responses.json")
                + "/progress", r -> r.path("body").hasNonNull("extracted"), PIPELINE);
        Supervision before = platform.supervision("extraction");
        ProcessHandle.of(before.pid()).orElseThrow().destroyForcibly();

        Supervision after = awaitReadyAgain("extraction", before.pid());
        assertThat(after.restarts()).isEqualTo(before.restarts() + 1);
        assertThat(after.lastExit()).isEqualTo(137);
        assertExtracted(platform.postArticle(phoneCall(27, "Shavkat Mirziyoyev of Uzbekistan")));
    }

    @Test
    void extractionScalesToTwoReplicasThatServeTogetherAndBackToOne() throws Exception {
        platform.scale("extraction", 2);
        assertThat(platform.supervision("extraction-2").state()).isEqualTo("ready");
        assertThat(platform.url("extraction-2")).isNotEqualTo(platform.url("extraction"));
        assertExtracted(platform.postArticle(phoneCall(28, "Sadyr Japarov of Kyrgyzstan")));
        // one group, its three partitions split between the two replicas
        assertThat(awaitSplit("extraction-rules-1")).containsExactly(1, 2);

        long second = platform.supervision("extraction-2").pid();
        platform.scale("extraction", 1);
        assertThat(platform.supervision("extraction-2")).isNull();
        assertThat(ProcessHandle.of(second)).isEmpty();
        assertExtracted(platform.postArticle(phoneCall(29, "Emomali Rahmon of Tajikistan")));
    }

    private static void assertExtracted(HttpResponse<String> posted) throws Exception {
        assertThat(posted.statusCode()).as("POST: %s", posted.body()).isEqualTo(201);
        String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(posted.body()).get("id").asText();
        JsonNode progress = platform.await("query", "/api/v1/articles/" + id + "/progress",
                r -> r.path("body").hasNonNull("extracted"), PIPELINE);
        assertThat(progress.path("body").path("extracted").path("claimCount").asInt())
                .as("progress %s", progress).isPositive();
    }

    /** An article in our own words, with the structure of the demo's first: a reported phone call. */
    private static String phoneCall(int day, String president) {
        return """
                {"url": "https://steppe-courier.example/politics/2025/12/%1$d/tokayev-call",
                 "outlet": "Steppe Courier", "outletKind": "NEWSPAPER", "publishedAt": "2025-12-%1$dT08:00:00Z",
                 "language": "en", "dateline": "ALMATY", "title": "Tokayev speaks by phone with a neighbour",
                 "body": "ALMATY, Dec. %1$d - President Kassym-Jomart Tokayev held a telephone conversation with \
                President %2$s on Dec. %3$d, the Akorda press service reported. The two leaders discussed water \
                sharing and a new rail link."}
                """.formatted(day, president, day - 1);
    }

    private static java.util.List<Integer> awaitSplit(String group) throws Exception {
        long deadline = System.nanoTime() + PIPELINE.toNanos();
        java.util.List<Integer> split = platform.partitionsPerMember(group);
        while (!split.equals(java.util.List.of(1, 2)) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            split = platform.partitionsPerMember(group);
        }
        return split;
    }

    private static Supervision awaitReadyAgain(String instance, long killed) throws InterruptedException {
        long deadline = System.nanoTime() + PIPELINE.toNanos();
        Supervision now = platform.supervision(instance);
        while (!(now.state().equals("ready") && now.pid() != killed) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            now = platform.supervision(instance);
        }
        assertThat(now.state()).as("%s after kill -9: %s", instance, now).isEqualTo("ready");
        return now;
    }

    @Test
    void askingWhoIsInvitedToTheMiamiG20ListsKazakhstanAndUzbekistanWithTheHostsOwnAnnouncement() throws Exception {
        String path = "/api/v1/ask?q=" + RunningPlatform.encode("who is invited to the Miami G20?");
        // verdicts and claims are projected by separate consumers: a row may be answered before its sources are
        JsonNode answer = platform.await("query", path, r -> {
            List<JsonNode> found = rows(r.path("body").path("answer"));
            return inviteeCountries(found).containsAll(List.of("KAZ", "UZB")) && quotes(found).anyMatch(HOSTS_POST);
        }, PIPELINE);
        List<JsonNode> rows = rows(answer.path("body").path("answer"));
        assertThat(inviteeCountries(rows)).as("answer %s", answer).contains("KAZ", "UZB");
        assertThat(quotes(rows)).as("a source quotes the host's own post").anyMatch(HOSTS_POST);
    }

    private static final Predicate<String> HOSTS_POST = q -> q.contains("Truth Social")
            || q.contains("extending invites");

    private static Stream<String> quotes(List<JsonNode> rows) {
        return rows.stream().flatMap(r -> StreamSupport.stream(r.path("sources").spliterator(), false))
                .map(s -> s.path("quote").asText());
    }

    @Test
    void theSeptemberTrumpTokayevCallIsRefuted() throws Exception {
        String path = "/api/v1/contacts?actor=KAZ&counterpart=USA&type=PHONE_CALL";
        JsonNode contacts = platform.await("query", path,
                r -> rows(r).stream().anyMatch(c -> "REFUTED".equals(c.path("verification").asText())), PIPELINE);
        assertThat(rows(contacts)).as("contacts %s", contacts)
                .anyMatch(c -> "REFUTED".equals(c.path("verification").asText()));
    }

    @Test
    void askingWhetherTokayevAndTrumpSpokeInSeptemberFindsTheRefutedCall() throws Exception {
        String path = "/api/v1/ask?q=" + RunningPlatform.encode("did Tokayev and Trump speak in September 2025?");
        JsonNode answer = platform.await("query", path, r -> rows(r.path("body").path("answer")).stream()
                .anyMatch(c -> "REFUTED".equals(c.path("verification").asText())), PIPELINE);
        assertThat(rows(answer.path("body").path("answer"))).as("answer %s", answer)
                .anyMatch(c -> "REFUTED".equals(c.path("verification").asText()))
                .noneMatch(c -> "2025-12-23".equals(c.path("date").path("start").asText()));
    }

    @Test
    void kazakhstansAcceptanceOfTheBoardOfPeaceInvitationIsListed() throws Exception {
        String path = "/api/v1/gatherings/gathering:board-of-peace/invitations";
        JsonNode invitations = platform.await("query", path, r -> rows(r).stream().anyMatch(
                i -> "KAZ".equals(country(i.path("invitee"))) && "ACCEPTED".equals(i.path("status").asText())), PIPELINE);
        assertThat(rows(invitations)).as("invitations %s", invitations).anyMatch(
                i -> "KAZ".equals(country(i.path("invitee"))) && "ACCEPTED".equals(i.path("status").asText()));
    }

    @Test
    void boardOfPeaceResponsesEndDeclinedDisputedAndWithdrawnNotAccepted() throws Exception {
        String path = "/api/v1/gatherings/gathering:board-of-peace/invitations";
        JsonNode invitations = platform.await("query", path, r -> {
            Map<String, String> s = statuses(rows(r));
            return "DECLINED".equals(s.get("NOR")) && "WITHDRAWN".equals(s.get("ARM")) && s.containsKey("PRY");
        }, PIPELINE);
        Map<String, String> status = statuses(rows(invitations));
        assertThat(status).as("invitations %s", invitations)
                .containsEntry("NOR", "DECLINED").containsEntry("ARM", "WITHDRAWN").containsEntry("KAZ", "ACCEPTED");
        // the host says Paraguay accepted, Paraguay says it is still studying the offer: never shown as accepted
        JsonNode paraguay = rows(invitations).stream().filter(i -> "PRY".equals(country(i.path("invitee"))))
                .findFirst().orElseThrow();
        assertThat(paraguay.path("status").asText()).as("Paraguay %s", paraguay).isEqualTo("CONSIDERING");
        assertThat(paraguay.path("verification").asText()).as("Paraguay %s", paraguay).isEqualTo("DISPUTED");
    }

    private static Map<String, String> statuses(List<JsonNode> rows) {
        Map<String, String> out = new LinkedHashMap<>();
        rows.forEach(i -> out.put(country(i.path("invitee")), i.path("status").asText()));
        return out;
    }

    /** The rows of an answer, whether it is a bare array, a page ({@code items}) or wrapped in {@code body}. */
    static List<JsonNode> rows(JsonNode node) {
        if (node.has("body")) {
            return rows(node.get("body"));
        }
        if (node.has("items")) {
            return rows(node.get("items"));
        }
        List<JsonNode> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(out::add);
        }
        return out;
    }

    private static List<String> inviteeCountries(List<JsonNode> rows) {
        return rows.stream().map(r -> country(r.path("invitee"))).toList();
    }

    private static String country(JsonNode actor) {
        return actor.hasNonNull("country") ? actor.get("country").asText() : actor.path("id").asText();
    }

    private static List<String> sourcesOf(List<JsonNode> rows) {
        return rows.stream().flatMap(r -> StreamSupport.stream(r.path("sources").spliterator(), false))
                .map(s -> s.path("articleId").asText()).toList();
    }
}
