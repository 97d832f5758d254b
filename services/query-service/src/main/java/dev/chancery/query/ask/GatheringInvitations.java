package dev.chancery.query.ask;

import dev.chancery.model.verdict.InvitationState;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Invitations to one gathering ("who declined the Board of Peace?"), answered by
 * {@code GET /api/v1/gatherings/{gatheringId}/invitations?status=..&invitee=..}.
 *
 * @param gatheringId the gathering ({@code gathering:g20-2026})
 * @param statuses    the invitation states asked about; empty means every state
 * @param invitee     the one invitee asked about (alpha-3 or {@code org:} id), or null for all invitees
 */
public record GatheringInvitations(String gatheringId, Set<InvitationState> statuses, String invitee)
        implements Interpretation {

    public GatheringInvitations {
        Objects.requireNonNull(gatheringId, "gatheringId");
        statuses = statuses == null || statuses.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(statuses));
    }

    @Override
    public String describe() {
        String whose = invitee == null ? "" : " for " + invitee;
        String states = statuses.isEmpty() ? "in any state" : "in state " + joined(" or ");
        return "Invitations to " + gatheringId + whose + ", " + states + ".";
    }

    @Override
    public Optional<Endpoint> endpoint() {
        Map<String, String> query = new LinkedHashMap<>();
        if (!statuses.isEmpty()) {
            query.put("status", joined(","));
        }
        if (invitee != null) {
            query.put("invitee", invitee);
        }
        return Optional.of(new Endpoint("/api/v1/gatherings/" + gatheringId + "/invitations", query));
    }

    private String joined(String separator) {
        return statuses.stream().map(Enum::name).collect(Collectors.joining(separator));
    }
}
