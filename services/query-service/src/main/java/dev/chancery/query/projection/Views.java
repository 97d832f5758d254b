package dev.chancery.query.projection;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.chancery.model.claim.Attribution;
import dev.chancery.model.claim.ClaimDate;
import dev.chancery.model.verdict.Rationale;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the query API: every answer row carries its sources down to the sentence. */
public final class Views {
    private Views() {
    }

    /** {@code body}: for a meeting or summit of a membership body, that body's gathering id (display only), else null. */
    public record GatheringView(String id, String name, String kind, String host, String city,
                                LocalDate startDate, LocalDate endDate, String body) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActorView(String id, String name, String country, String role) {
    }

    /** One sentence of one article behind an answer; stance FOR supports it, AGAINST contradicts it. */
    public record SourceView(String claimId, String articleId, String outlet, String url, Instant publishedAt,
                             String quote, String stance) {
    }

    /**
     * {@code sourceCount} is how many sources the invitation rests on; {@code sources} may list fewer.
     * {@code gathering} is what the invitation is to; {@code body}, for a meeting or summit of a membership body, that
     * body's gathering id (a link for display: accepting one says nothing of the other), else null.
     */
    public record InvitationView(String eventId, ActorView invitee, ActorView inviter, String status,
                                 String verification, Instant firstReportedAt, Instant lastChangedAt,
                                 int sourceCount, List<SourceView> sources, String gathering, String body) {
    }

    public record ContactView(String eventId, String type, ClaimDate date, String gathering,
                              List<ActorView> participants, String verification, Instant recordedAt,
                              List<SourceView> sources) {
    }

    public record TimelineEntry(String eventId, String type, ClaimDate date, String gathering,
                                List<ActorView> participants, String verdict, String invitationState,
                                Instant recordedAt, List<SourceView> sources) {
    }

    public record ClaimView(String claimId, String type, String modality, String stance, List<ActorView> actors,
                            ClaimDate date, Attribution attribution, String quote, String articleId, String outlet,
                            String url, Instant publishedAt, Instant recordedAt) {
    }

    public record VerdictVersionView(int revision, String factType, String verdict, String invitationState,
                                     String stateVerdict, List<Rationale> rationale, String triggerClaimId,
                                     Instant recordedAt) {
    }

    public record EventView(String id, String type, String gathering, ClaimDate date, List<ActorView> participants,
                            String verdict, String invitationState, String stateVerdict, List<Rationale> rationale,
                            List<ClaimView> claims, List<VerdictVersionView> history) {
    }

    public record ProjectionStatusView(String name, String state, int activeGeneration, Integer buildingGeneration,
                                       long factsApplied, long lag, Instant startedAt, Instant finishedAt,
                                       String error) {
    }
}
