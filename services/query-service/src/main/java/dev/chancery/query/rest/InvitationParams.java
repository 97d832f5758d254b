package dev.chancery.query.rest;

import dev.chancery.query.projection.InvitationFilter;
import dev.chancery.query.projection.SourceLimit;
import dev.chancery.query.projection.Views.InvitationView;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The filters and source limit of an invitations endpoint, and the page of invitations they select. */
public class InvitationParams {
    @Parameter(description = "Only these states (comma-separated)", example = "ACCEPTED,CONSIDERING")
    @QueryParam("status")
    public String status;

    @Parameter(description = "Only this invitee: actor id or country", example = "KAZ")
    @QueryParam("invitee")
    public String invitee;

    @Parameter(description = SourceDoc.MAX)
    @QueryParam("sources")
    @DefaultValue("50")
    public int sources;

    @Parameter(description = SourceDoc.ORDER)
    @QueryParam("sourceOrder")
    @DefaultValue("oldest")
    public String sourceOrder;

    /** The view of a list of invitations: filtered, paged, sources limited; 400 problems come up front. */
    UnaryOperator<List<InvitationView>> view(PageParams page) {
        Set<String> states = ReadParams.statuses(status);
        SourceLimit limit = ReadParams.sourceLimit(sources, sourceOrder);
        page.of(List.of());
        return rows -> limit.apply(page.of(InvitationFilter.apply(rows, states, invitee)));
    }

    /** The parameters, with the page, as part of a cache key. */
    String key(PageParams page) {
        return String.join("|", String.valueOf(status), String.valueOf(invitee), page.key(),
                ReadParams.sourceLimit(sources, sourceOrder).toString());
    }
}
