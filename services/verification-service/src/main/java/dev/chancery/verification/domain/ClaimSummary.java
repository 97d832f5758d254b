package dev.chancery.verification.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.Attribution;
import dev.chancery.model.claim.ClaimDate;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.claim.DatePrecision;
import dev.chancery.model.claim.Modality;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * What verification keeps of a claim inside an event state: enough to judge, place and supersede it, without the
 * evidence text.
 *
 * @param span       the days the claim can refer to: its date range, else a window around publication (see docs)
 * @param official   the attribution is an official channel (flagged, or a government channel by kind)
 * @param speaker    the identity the speaker speaks for, or null
 * @param outlet     the independent outlet: the wire for a wire copy, else the outlet (else the article)
 * @param identities the identity of each actor, in the actors' order ({@link ActorIdentity}); worked out here,
 *                   not stored, since judging an event asks for the identities of all its claims' actors each time
 * @param publishedDay the publication day (UTC), or null; worked out here, not stored, for the same reason
 */
public record ClaimSummary(
        String claimId, String articleId, String extractorVersion, ClaimType type, ClaimType deniedType,
        Modality modality, ClaimDate date, DateSpan span, List<ActorRef> actors, String gathering,
        boolean official, String speaker, boolean attributedParticipant, String outlet, Instant publishedAt,
        @JsonIgnore List<String> identities, @JsonIgnore LocalDate publishedDay) {

    /** How far back an undated asserted claim is read to reach, and how far ahead an undated planned one. */
    static final int UNDATED_PAST_DAYS = 31;
    static final int UNDATED_FUTURE_DAYS = 366;

    public ClaimSummary {
        actors = actors == null ? List.of() : List.copyOf(actors);
        identities = actors.stream().map(ActorIdentity::of).toList();
        publishedDay = publishedAt == null ? null : LocalDate.ofInstant(publishedAt, ZoneOffset.UTC);
    }

    public ClaimSummary(String claimId, String articleId, String extractorVersion, ClaimType type,
                        ClaimType deniedType, Modality modality, ClaimDate date, DateSpan span, List<ActorRef> actors,
                        String gathering, boolean official, String speaker, boolean attributedParticipant,
                        String outlet, Instant publishedAt) {
        this(claimId, articleId, extractorVersion, type, deniedType, modality, date, span, actors, gathering, official,
                speaker, attributedParticipant, outlet, publishedAt, null, null);
    }

    public static ClaimSummary of(ClaimExtracted c) {
        Attribution a = c.attribution();
        Instant published = c.source() != null ? c.source().publishedAt() : null;
        String outlet = c.source() != null ? c.source().independentOutlet() : null;
        List<ActorRef> resolved = c.actors() == null ? List.of()
                : c.actors().stream().filter(x -> ActorIdentity.of(x) != null).toList();
        return new ClaimSummary(c.claimId(), c.articleId(), c.extractorVersion(), c.type(), c.deniedType(),
                c.modality() == null ? Modality.ASSERTED : c.modality(), c.date(), spanOf(c.date(), c.modality(), published),
                resolved, c.gathering(), OfficialChannels.official(a), ActorIdentity.ofSpeaker(a),
                a != null && a.participant(), outlet != null ? outlet : "article:" + c.articleId(), published);
    }

    /** The day this claim pins its event to, when it is dated to the day; else null. */
    public LocalDate anchorDay() {
        return date != null && date.precision() == DatePrecision.DAY && date.start() != null ? date.start() : null;
    }

    static DateSpan spanOf(ClaimDate date, Modality modality, Instant published) {
        if (date != null && date.start() != null) {
            LocalDate end = Objects.requireNonNullElse(date.end(), date.start());
            return new DateSpan(date.start(), end.isBefore(date.start()) ? date.start() : end);
        }
        if (published == null) {
            return null;
        }
        LocalDate day = LocalDate.ofInstant(published, ZoneOffset.UTC);
        return modality == Modality.PLANNED ? new DateSpan(day, day.plusDays(UNDATED_FUTURE_DAYS))
                : new DateSpan(day.minusDays(UNDATED_PAST_DAYS), day);
    }
}
