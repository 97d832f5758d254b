package dev.chancery.ingestion.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.chancery.platform.rest.Problem;

import java.util.UUID;

/**
 * The outcome of one NDJSON line.
 *
 * @param line    1-based line number in the request body
 * @param status  accepted (new fact), duplicate (existing id) or rejected
 * @param id      the article id, unless rejected
 * @param problem why it was rejected
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchLineResult(int line, Status status, UUID id, Problem problem) {

    public enum Status { accepted, duplicate, rejected }

    public static BatchLineResult of(int line, IntakeResult result) {
        return new BatchLineResult(line, result.created() ? Status.accepted : Status.duplicate, result.id(), null);
    }

    public static BatchLineResult rejected(int line, Problem problem) {
        return new BatchLineResult(line, Status.rejected, null, problem);
    }
}
