package dev.chancery.ingestion.service;

import dev.chancery.ingestion.config.IngestionConfig;
import dev.chancery.platform.rest.Problem;
import dev.chancery.platform.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Ingests an NDJSON stream line by line on the calling (worker) thread: each line is parsed and validated, then
 * appended while the next lines are read, at most {@link #IN_FLIGHT} at a time, so that consecutive lines share
 * transactions ({@link GroupCommit}) and at most that many articles are in memory. Results keep the lines' order.
 * Bad lines are reported and skipped; the batch stops at the line or byte limit with a final rejected entry saying so.
 */
@ApplicationScoped
public class BatchIntake {
    private static final Logger LOG = Logger.getLogger(BatchIntake.class);
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(30);
    static final int IN_FLIGHT = 32;

    private final ArticleIntake intake;
    private final IngestionConfig config;

    public BatchIntake(ArticleIntake intake, IngestionConfig config) {
        this.intake = intake;
        this.config = config;
    }

    public BatchReport ingest(InputStream body) {
        NdjsonLines lines = new NdjsonLines(body, config.maxRequestBytes());
        List<BatchLineResult> results = new ArrayList<>();
        Deque<Pending> pending = new ArrayDeque<>();
        int articles = 0;
        try {
            for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
                if (lines.bytesRead() > config.maxBatchBytes()) {
                    drain(pending, results, 0);
                    results.add(cut(line.number(), "a batch holds at most " + config.maxBatchBytes() + " bytes"));
                    return BatchReport.of(results, false);
                }
                if (line.isBlank()) {
                    continue;
                }
                if (++articles > config.maxBatchLines()) {
                    drain(pending, results, 0);
                    results.add(cut(line.number(), "a batch holds at most " + config.maxBatchLines() + " articles"));
                    return BatchReport.of(results, false);
                }
                pending.add(one(line));
                drain(pending, results, IN_FLIGHT - 1);
            }
        } catch (IOException e) {
            drain(pending, results, 0);
            throw new ProblemException(Problem.of(400, "unreadable-body", "Unreadable body",
                    "the request body broke off after " + results.size() + " articles: " + e.getMessage()
                            + "; resubmitting the whole batch is safe"));
        }
        drain(pending, results, 0);
        return BatchReport.of(results, true);
    }

    /** A line being appended, or its result already known. */
    private record Pending(int line, CompletableFuture<IntakeResult> stored, BatchLineResult known) {
    }

    private Pending one(NdjsonLines.Line line) {
        if (line.oversize()) {
            return new Pending(line.number(), null, BatchLineResult.rejected(line.number(), Problem.of(413,
                    "article-too-large", "Article too large", "the line is longer than " + config.maxRequestBytes()
                            + " bytes")));
        }
        try {
            ArticleSubmission submission = SubmissionParser.parse(line.bytes());
            // validation runs here, on subscription; the append goes on while the next lines are read
            return new Pending(line.number(), intake.submit(submission, "batch").subscribeAsCompletionStage(), null);
        } catch (ArticleRejectedException e) {
            return new Pending(line.number(), null, BatchLineResult.rejected(line.number(), e.problem()));
        }
    }

    /** Takes the results of the oldest lines, in order, until at most {@code keep} are still in flight. */
    private void drain(Deque<Pending> pending, List<BatchLineResult> results, int keep) {
        while (pending.size() > keep) {
            Pending p = pending.poll();
            results.add(p.known() != null ? p.known() : result(p));
        }
    }

    private static BatchLineResult result(Pending p) {
        try {
            return BatchLineResult.of(p.line(), p.stored().get(STORE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ArticleRejectedException rejected) {
                return BatchLineResult.rejected(p.line(), rejected.problem());
            }
            throw unavailable(p.line(), e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw unavailable(p.line(), e);
        }
    }

    private static ProblemException unavailable(int line, Throwable e) {
        LOG.warnf("batch stopped at line %d: %s", line, e.toString());
        return new ProblemException(Problem.of(503, "store-unavailable", "Store unavailable",
                "line " + line + " could not be stored (" + e.getMessage() + "); earlier lines were, later ones may"
                        + " have been; resubmitting the whole batch is safe"));
    }

    private static BatchLineResult cut(int line, String why) {
        return BatchLineResult.rejected(line, Problem.of(413, "batch-too-large", "Batch too large",
                why + "; this line and the rest of the body were not read"));
    }
}
