package dev.chancery.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With tracing on (OTLP to a receiver in this test), one article's spans share one trace across the four services:
 * the POST and its append, the outbox relays' publications and each consumer's processing of the article, its claims
 * and verdicts.
 */
class TraceEndToEndTest {
    private static final Duration PIPELINE = Duration.ofSeconds(120);
    private static final Set<String> SERVICES = Set.of("ingestion-service", "extraction-service",
            "verification-service", "query-service");
    private static final Set<String> HOPS = Set.of("facts append", "chancery.articles.v1 publish",
            "chancery.articles.v1 process", "chancery.claims.v1 publish", "chancery.claims.v1 process",
            "chancery.verdicts.v2 publish", "chancery.verdicts.v2 process");

    @Test
    void oneArticlesSpansShareATraceAcrossTheFourServices() throws Exception {
        try (OtlpReceiver receiver = new OtlpReceiver();
                RunningPlatform platform = RunningPlatform.start(List.of("-Dquarkus.otel.sdk.disabled=false",
                        "-Dquarkus.otel.exporter.otlp.traces.protocol=http/protobuf",
                        "-Dquarkus.otel.exporter.otlp.traces.endpoint=" + receiver.endpoint(),
                        "-Dquarkus.otel.bsp.schedule.delay=200ms"))) {
            HttpResponse<String> posted = platform.postArticle(RunningPlatform.HOME.resolve("bin/demo/01-almaty-call.json"));
            assertThat(posted.statusCode()).as("POST: %s", posted.body()).isEqualTo(201);
            String id = new ObjectMapper().readTree(posted.body()).get("id").asText();
            JsonNode progress = platform.await("query", "/api/v1/articles/" + id + "/progress",
                    r -> "VERIFIED".equals(r.path("body").path("stage").asText()), PIPELINE);
            assertThat(progress.path("body").path("stage").asText()).as("progress %s", progress).isEqualTo("VERIFIED");

            List<OtlpSpans.Received> trace = awaitTrace(receiver, Duration.ofSeconds(30));
            assertThat(trace).as("spans of the POST's trace").extracting(OtlpSpans.Received::service)
                    .containsAll(SERVICES);
            assertThat(trace).extracting(OtlpSpans.Received::name).containsAll(HOPS);
            Set<String> ids = trace.stream().map(OtlpSpans.Received::spanId).collect(Collectors.toSet());
            assertThat(trace).filteredOn(s -> HOPS.contains(s.name()))
                    .as("every hop's parent is a span of the same trace").allMatch(s -> ids.contains(s.parentSpanId()));
        }
    }

    /** The spans of the trace the POST started, once every hop of it arrived (or the last seen at the deadline). */
    private static List<OtlpSpans.Received> awaitTrace(OtlpReceiver receiver, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<OtlpSpans.Received> trace = List.of();
        while (System.nanoTime() < deadline) {
            List<OtlpSpans.Received> spans = receiver.spans();
            Optional<String> traceId = spans.stream().filter(s -> "ingestion-service".equals(s.service())
                    && s.name() != null && s.name().startsWith("POST")).map(OtlpSpans.Received::traceId).findFirst();
            if (traceId.isPresent()) {
                trace = spans.stream().filter(s -> traceId.get().equals(s.traceId())).toList();
                if (trace.stream().map(OtlpSpans.Received::name).collect(Collectors.toSet()).containsAll(HOPS)
                        && trace.stream().map(OtlpSpans.Received::service).collect(Collectors.toSet())
                        .containsAll(SERVICES)) {
                    return trace;
                }
            }
            Thread.sleep(500);
        }
        return trace;
    }
}
