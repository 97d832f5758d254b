package dev.chancery.ingestion.service;

import dev.chancery.ingestion.config.IngestionConfig;
import dev.chancery.platform.rest.Problem;
import dev.chancery.platform.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Ingests an NDJSON stream line by line on the calling (worker) thread: each line is parsed, validated and
 * appended before the next is read, so only one article is in memory at a time. Bad lines are reported and
 * skipped; the batch stops at the line or byte limit with a final rejected entry saying so.
 */
@ApplicationScoped
public class BatchIntake {
    private static final Logger LOG = Logger.getLogger(BatchIntake.class);
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(30);

    private final ArticleIntake intake;
    private final IngestionConfig config;

    public BatchIntake(ArticleIntake intake, IngestionConfig config) {
        this.intake = intake;
        this.config = config;
    }

    public BatchReport ingest(InputStream body) {
        NdjsonLines lines = new NdjsonLines(body, config.maxRequestBytes());
        List<BatchLineResult> results = new ArrayList<>();
        int articles = 0;
        try {
            for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
                if (lines.bytesRead() > config.maxBatchBytes()) {
                    results.add(cut(line.number(), "a batch holds at most " + config.maxBatchBytes() + " bytes"));
                    return BatchReport.of(results, false);
                }
                if (line.isBlank()) {
                    continue;
                }
                if (++articles > config.maxBatchLines()) {
                    results.add(cut(line.number(), "a batch holds at most " + config.maxBatchLines() + " articles"));
                    return BatchReport.of(results, false);
                }
                results.add(one(line));
            }
        } catch (IOException e) {
            throw new ProblemException(Problem.of(400, "unreadable-body", "Unreadable body",
                    "the request body broke off after " + results.size() + " articles: " + e.getMessage()
                            + "; resubmitting the whole batch is safe"));
        }
        return BatchReport.of(results, true);
    }

    private BatchLineResult one(NdjsonLines.Line line) {
        if (line.oversize()) {
            return BatchLineResult.rejected(line.number(), Problem.of(413, "article-too-large", "Article too large",
                    "the line is longer than " + config.maxRequestBytes() + " bytes"));
        }
        try {
            ArticleSubmission submission = SubmissionParser.parse(line.bytes());
            return BatchLineResult.of(line.number(), intake.submit(submission, "batch").await().atMost(STORE_TIMEOUT));
        } catch (ArticleRejectedException e) {
            return BatchLineResult.rejected(line.number(), e.problem());
        } catch (RuntimeException e) {
            LOG.warnf("batch stopped at line %d: %s", line.number(), e.toString());
            throw new ProblemException(Problem.of(503, "store-unavailable", "Store unavailable",
                    "line " + line.number() + " could not be stored (" + e.getMessage()
                            + "); earlier lines were; resubmitting the whole batch is safe"));
        }
    }

    private static BatchLineResult cut(int line, String why) {
        return BatchLineResult.rejected(line, Problem.of(413, "batch-too-large", "Batch too large",
                why + "; this line and the rest of the body were not read"));
    }
}
