package dev.chancery.query.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;

/** The page and size query parameters of a list endpoint, and the page of a list they select. */
public class PageParams {
    @Parameter(description = "Zero-based page")
    @QueryParam("page")
    @DefaultValue("0")
    public int page;

    @Parameter(description = "Page size, 1-500")
    @QueryParam("size")
    @DefaultValue("50")
    public int size;

    /** The selected page of {@code all}; a 400 problem for a page below 0 or a size out of range. */
    <T> List<T> of(List<T> all) {
        return ReadParams.page(all, page, size);
    }

    /** The parameters as part of a cache key. */
    String key() {
        return page + "|" + size;
    }
}
