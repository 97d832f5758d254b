package dev.chancery.extraction.rest;

import dev.chancery.extraction.service.Extractor;
import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.article.OutletKind;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.fact.DeterministicIds;
import dev.chancery.platform.rest.ProblemException;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Stateless extraction: the same claims the pipeline would publish, for one posted text. */
@Path("/api/v1/extract")
public class ExtractResource {
    /** Same cap as ingestion's article body. */
    static final int MAX_BODY_CHARS = 200_000;
    private final Extractor extractor;

    public ExtractResource(Extractor extractor) {
        this.extractor = extractor;
    }

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"read", "ingest", "admin"})
    @Operation(summary = "Extract the claims of one text", description = "Stateless: nothing is stored or published.")
    @APIResponse(responseCode = "200", description = "The claims, as ClaimExtracted payloads")
    @APIResponse(responseCode = "400", description = "Missing body or unparseable date (problem details)")
    public List<ClaimExtracted> extract(ExtractRequest request) {
        if (request == null || request.body() == null || request.body().isBlank()) {
            throw ProblemException.badRequest("missing-body", "field 'body' is required and must not be empty");
        }
        if (request.body().length() > MAX_BODY_CHARS) {
            throw new ProblemException(dev.chancery.platform.rest.Problem.of(413, "body-too-large",
                    "Payload too large", "body has " + request.body().length() + " characters; the limit is "
                            + MAX_BODY_CHARS));
        }
        Instant published = published(request.published());
        String id = DeterministicIds.of("adhoc", request.body()).toString();
        ArticleIngested article = new ArticleIngested(id, request.url(), request.url(),
                request.outlet() == null ? "unknown" : request.outlet(),
                request.outletKind() == null ? OutletKind.NEWSPAPER : request.outletKind(), request.originalOutlet(),
                published, "en", request.title(), request.body(), null, null, null);
        return extractor.extract(article);
    }

    private static Instant published(String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.badRequest("missing-published", "field 'published' (ISO-8601 date) is required");
        }
        try {
            return text.length() <= 10 ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("unparseable-date", "field 'published' is not an ISO-8601 date: " + text);
        }
    }
}
