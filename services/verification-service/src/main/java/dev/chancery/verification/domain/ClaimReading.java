package dev.chancery.verification.domain;

import java.util.Set;

/**
 * A claim as read against one proposition (an event, or an invitation state).
 *
 * @param rule                the reading rule that set its stance
 * @param officialParticipant it comes through a participant's own official channel
 */
record ClaimReading(ClaimSummary claim, Stance stance, String rule, boolean officialParticipant) {

    static ClaimReading of(ClaimSummary claim, Set<String> parties) {
        ReadingRule rule = ReadingRule.firstFor(claim);
        return new ClaimReading(claim, rule.stance(), rule.name(), OfficialChannels.participant(claim, parties));
    }

    ClaimReading as(Stance newStance, String newRule) {
        return new ClaimReading(claim, newStance, newRule, officialParticipant);
    }

    String id() {
        return claim.claimId();
    }
}
