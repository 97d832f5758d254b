package dev.chancery.ingestion.rest;

import dev.chancery.ingestion.repository.ArticleListing;
import dev.chancery.ingestion.repository.ArticleQuery;
import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.fact.FactType;
import dev.chancery.platform.rest.Problem;
import dev.chancery.platform.rest.ProblemException;
import dev.chancery.platform.store.FactStore;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * {@code GET /api/v1/articles/{id}} and {@code GET /api/v1/articles}: stored articles. How far an article has come
 * downstream is the query service's {@code GET /api/v1/articles/{id}/progress}.
 */
@Path(ArticleResource.ROOT)
@Tag(name = "articles")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@RolesAllowed({Roles.READ, Roles.ADMIN})
public class ArticleReadResource {
    private final FactStore store;
    private final ArticleListing listing;

    public ArticleReadResource(FactStore store, ArticleListing listing) {
        this.store = store;
        this.listing = listing;
    }

    @GET
    @Path("articles/{id}")
    @Operation(summary = "One article", description = "The stored ArticleIngested fact, its id, position and "
            + "recording time. Its progress downstream (extracted, verified) is the query service's "
            + "GET /api/v1/articles/{id}/progress.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "article", value = ApiExamples.VIEW)))
    @APIResponse(responseCode = "404", description = "No such article")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the read role")
    public Uni<ArticleView> get(@PathParam("id") String id) {
        UUID articleId = uuid(id);
        // the article id names the stream, and its ArticleIngested fact opens it
        return store.readStream(articleId.toString())
                .map(stream -> stream.stream().filter(f -> f.type() == FactType.ARTICLE_INGESTED).findFirst()
                        .orElseThrow(() -> ProblemException.notFound("article", id)))
                .map(ArticleReadResource::view);
    }

    @GET
    @Path("articles")
    @Operation(summary = "List articles", description = "Paged, newest publication first; filter by outlet "
            + "(case-insensitive) and publication time [from, to). Times are ISO-8601 date-times or dates (UTC).")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "page", value = ApiExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "Bad page, size or time parameter")
    public Uni<ArticlePage> list(@QueryParam("outlet") String outlet, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > 100) {
            throw ProblemException.badRequest("invalid-parameter", "page must be 0 or more and size 1 to 100");
        }
        ArticleQuery query = new ArticleQuery(outlet == null || outlet.isBlank() ? null : outlet.strip(),
                TimeParam.parse("from", from), TimeParam.parse("to", to), page, size);
        return listing.count(query).chain(total -> listing.page(query)
                .map(items -> new ArticlePage(page, size, total, items)));
    }

    private static ArticleView view(FactEnvelope<FactPayload> fact) {
        return new ArticleView(fact.factId(), fact.position(), fact.recordedAt(), (ArticleIngested) fact.payload());
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("article", id);
        }
    }
}
