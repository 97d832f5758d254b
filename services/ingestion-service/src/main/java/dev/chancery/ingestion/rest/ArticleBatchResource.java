package dev.chancery.ingestion.rest;

import dev.chancery.ingestion.config.IngestionConfig;
import dev.chancery.ingestion.service.BatchIntake;
import dev.chancery.ingestion.service.BatchReport;
import dev.chancery.platform.rest.Problem;
import dev.chancery.platform.rest.ProblemException;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;

/**
 * {@code POST /api/v1/articles:batch}: NDJSON, one article per line, read from the request stream on a worker
 * thread as it arrives (the body is never buffered whole).
 */
@Path(ArticleResource.ROOT)
@Tag(name = "articles")
public class ArticleBatchResource {
    static final String NDJSON = "application/x-ndjson";

    private final BatchIntake batches;
    private final IngestionConfig config;

    public ArticleBatchResource(BatchIntake batches, IngestionConfig config) {
        this.batches = batches;
        this.config = config;
    }

    @POST
    @Path("articles:batch")
    @Blocking
    @Consumes(NDJSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.INGEST, Roles.ADMIN})
    @Operation(summary = "Submit articles as NDJSON", description = "One JSON article per line, at most 10,000 "
            + "articles and 64 MB; blank lines are skipped. Each line is answered on its own: accepted (new), "
            + "duplicate (existing id) or rejected (with a problem); good lines are stored even when others fail.")
    @RequestBody(required = true, content = @Content(mediaType = NDJSON,
            examples = @ExampleObject(name = "two articles", value = ApiExamples.BATCH)))
    @APIResponse(responseCode = "200", description = "Per-line report", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "report", value = ApiExamples.BATCH_REPORT)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the ingest role")
    @APIResponse(responseCode = "413", description = "Content-Length over 64 MB")
    @APIResponse(responseCode = "415", description = "Not application/x-ndjson")
    public BatchReport submit(InputStream body, @HeaderParam("Content-Length") Long contentLength) {
        if (contentLength != null && contentLength > config.maxBatchBytes()) {
            throw new ProblemException(Problem.of(413, "batch-too-large", "Batch too large",
                    "a batch is at most " + config.maxBatchBytes() + " bytes"));
        }
        return batches.ingest(body);
    }
}
