package dev.chancery.verification.domain;

import java.util.Map;

/** The human sentence for each reading rule's rationale. */
final class ReadingTexts {
    private static final Map<String, String> TEXTS = Map.of(
            InvitationReading.RESPONSE_IMPLIES_INVITATION, "a response, withdrawal or exclusion implies the matter of "
                    + "inviting exists; responses count for it",
            InvitationReading.HOST_NEGATION_EXCLUDES, "the host officially saying the invitee will not be invited is "
                    + "an exclusion",
            InvitationReading.CONDITIONAL_DECLINE, "a refusal with conditions (\"will not join unless ...\") is a "
                    + "refusal: DECLINED, and it implies the invitation");

    private ReadingTexts() {
    }

    static String of(String rule) {
        if (TEXTS.containsKey(rule)) {
            return TEXTS.get(rule);
        }
        return ReadingRule.TABLE.stream().filter(r -> r.name().equals(rule)).map(ReadingRule::text)
                .findFirst().orElse(rule);
    }
}
