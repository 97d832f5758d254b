package dev.chancery.verification.domain;

import dev.chancery.model.claim.Attribution;
import dev.chancery.model.claim.Channel;

import java.util.EnumSet;
import java.util.Set;

/**
 * Rule {@code official-participant-channel}: a press service, foreign ministry, spokesperson, a leader's own remarks
 * or post, or another government statement is official; it speaks for a participant when the speaker's state (or
 * body) is one of the event's parties, or the extractor marked it so.
 */
final class OfficialChannels {
    static final String RULE = "official-participant-channel";

    private static final Set<Channel> OFFICIAL = EnumSet.of(Channel.PRESS_SERVICE, Channel.FOREIGN_MINISTRY,
            Channel.SPOKESPERSON, Channel.LEADER_STATEMENT, Channel.SOCIAL_MEDIA_POST, Channel.GOVERNMENT_STATEMENT);

    private OfficialChannels() {
    }

    static boolean official(Attribution a) {
        return a != null && (a.official() || (a.channel() != null && OFFICIAL.contains(a.channel())));
    }

    /** True when the claim comes through a participant's own official channel. */
    static boolean participant(ClaimSummary claim, Set<String> parties) {
        return claim.official() && (claim.attributedParticipant()
                || (claim.speaker() != null && parties.contains(claim.speaker())));
    }
}
