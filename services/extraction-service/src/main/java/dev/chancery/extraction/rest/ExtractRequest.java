package dev.chancery.extraction.rest;

import dev.chancery.model.article.OutletKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text to extract claims from, without storing anything. */
@Schema(description = "An article to extract claims from; nothing is stored")
public record ExtractRequest(
        @Schema(description = "Publication date or date-time (ISO-8601); relative dates resolve against it",
                example = "2025-12-24", required = true) String published,
        @Schema(example = "Astana Daily") String outlet,
        @Schema(example = "NEWSPAPER") OutletKind outletKind,
        @Schema(description = "The wire a copy came from", example = "Reuters") String originalOutlet,
        @Schema(example = "https://example.org/news/1") String url,
        String title,
        @Schema(required = true, example = "President Tokayev invited President Trump to visit Kazakhstan.") String body) {
}
