package dev.chancery.query.ask;

import java.util.List;
import java.util.Set;

/**
 * Tells an inviter from an invitee by the words around an actor: "has Kazakhstan invited", "whom did
 * Trump invite", "invitations from Russia", "invited by Trump" name inviters; "is Kazakhstan invited",
 * "has Kazakhstan been invited", "who invited Kazakhstan", "did Kazakhstan accept" name invitees.
 */
final class InvitationRoles {
    private static final Set<String> AGENT = Set.of("by", "from");
    private static final Set<String> INVITING = Set.of("invite", "invites", "invited", "inviting", "sent",
            "issued", "extended");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "am");
    private static final Set<String> AUXILIARY = Set.of("has", "have", "had", "did", "does", "do", "will", "would");

    private InvitationRoles() {
    }

    static boolean isInviter(ActorMention a, List<Word> words, Cues cues) {
        String before = before(a.span(), words);
        if (AGENT.contains(before)) {
            return true;
        }
        if (!cues.states().isEmpty() || INVITING.contains(before) || BE.contains(before)) {
            return false;
        }
        String after = at(a.span().end(), words);
        boolean headline = after.equals("invited") && at(a.span().end() + 1, words).equals("to");
        return INVITING.contains(after) && (AUXILIARY.contains(before) || !headline);
    }

    /** The word before a span, skipping "the". */
    static String before(Span span, List<Word> words) {
        int i = span.start() - 1;
        if (i >= 0 && words.get(i).norm().equals("the")) {
            i--;
        }
        return at(i, words);
    }

    private static String at(int i, List<Word> words) {
        return i >= 0 && i < words.size() ? words.get(i).norm() : "";
    }
}
