package dev.chancery.ingestion.rest;

import dev.chancery.ingestion.config.IngestionConfig;
import dev.chancery.ingestion.service.ArticleIntake;
import dev.chancery.ingestion.service.IntakeResult;
import dev.chancery.ingestion.service.SubmissionParser;
import dev.chancery.platform.rest.Problem;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;

/**
 * {@code POST /api/v1/articles}: one JSON article in, one ArticleIngested fact (or the existing one's id) out. The
 * body is read on a worker thread (bounded as it streams in); the store's answer is awaited by nobody: the response
 * is written when the append's {@link Uni} completes.
 */
@Path(ArticleResource.ROOT)
@Tag(name = "articles")
public class ArticleResource {
    /** One root for the article resources: sibling classes under different roots would not match "articles:batch". */
    static final String ROOT = "/api/v1";
    static final String PATH = ROOT + "/articles";
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(30);

    private final ArticleIntake intake;
    private final IngestionConfig config;

    public ArticleResource(ArticleIntake intake, IngestionConfig config) {
        this.intake = intake;
        this.config = config;
    }

    @POST
    @Path("articles")
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.INGEST, Roles.ADMIN})
    @Operation(summary = "Submit one article", description = "Stores the article as one immutable ArticleIngested "
            + "fact, published on chancery.articles.v1. Idempotent: the id derives from the normalised URL (or the "
            + "normalised body), and a repeat answers 200 with the existing id.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "article", value = ApiExamples.ARTICLE)))
    @APIResponse(responseCode = "201", description = "Stored; Location names the article", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "accepted", value = ApiExamples.ACCEPTED)))
    @APIResponse(responseCode = "200", description = "Already stored: the existing id", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "duplicate", value = ApiExamples.DUPLICATE)))
    @APIResponse(responseCode = "400", description = "Invalid article, malformed JSON or empty body", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "unauthorized", value = ApiExamples.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token lacks the ingest role")
    @APIResponse(responseCode = "413", description = "Request over 256 KB or body over 200 KB", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "too-large", value = ApiExamples.TOO_LARGE)))
    @APIResponse(responseCode = "415", description = "Not application/json")
    public Uni<Response> submit(InputStream body, @HeaderParam("Content-Length") Long contentLength) {
        byte[] json = BoundedBody.read(body, contentLength, config.maxRequestBytes());
        return intake.submit(SubmissionParser.parse(json), "rest").ifNoItem().after(STORE_TIMEOUT).fail()
                .map(ArticleResource::answer);
    }

    private static Response answer(IntakeResult result) {
        AcceptedArticle answer = AcceptedArticle.of(result);
        return (result.created() ? Response.created(URI.create(answer.location()))
                : Response.ok().header("Content-Location", answer.location()))
                .entity(answer).type(MediaType.APPLICATION_JSON).build();
    }
}
