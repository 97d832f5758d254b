package dev.chancery.extraction.domain;

import dev.chancery.model.claim.ClaimType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.chancery.model.claim.ClaimType.*;

/**
 * Finds trigger words by lemma (invite, accept, decline, withdraw, exclude, call, visit, meet, attend, join,
 * deny...) with the few context checks that separate "called Netanyahu" from "called the move an insult".
 * Returns every trigger in order; {@link TriggerScope} decides which of them head a claim.
 */
public final class TriggerFinder {
    static final Set<String> INVITATION_NOUNS = Set.of("invitation", "invitations", "invite", "invites", "offer",
            "proposal");
    private static final Set<String> BACKREF_PREPS = Set.of("after", "before", "during", "following", "since");
    private static final Set<String> PHONE = Set.of("phone", "telephone", "phoned", "phones", "telephoned");

    private TriggerFinder() {
    }

    public static List<Trigger> find(Sentence s, List<Mention> mentions) {
        List<Trigger> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            ClaimType t = classify(s, mentions, i);
            if (t != null && !backReference(s, i)) {
                Token tok = s.token(i);
                boolean nominal = tok.pos().equals("NOUN") || tok.pos().equals("PROPN");
                boolean host = t == VISIT && Set.of("host", "welcome", "receive").contains(tok.lemma());
                out.add(new Trigger(t, i, tok.text(), nominal, host));
            }
        }
        return out;
    }

    private static ClaimType classify(Sentence s, List<Mention> m, int i) {
        Token t = s.token(i);
        String l = t.lemma();
        String w = t.lower();
        if (inMention(m, i)) {
            return null;
        }
        if (l.equals("invite") || w.startsWith("invit") || l.equals("disinvite")) {
            return w.startsWith("disinvit") ? INVITATION_WITHDRAWN : INVITATION;
        }
        if (l.equals("accept") && near(s, i + 1, 7, INVITATION_NOUNS)) {
            return INVITATION_ACCEPTED;
        }
        if (l.equals("agree") && next(s, i, "to") && nextLemma(s, i + 1, "join", "attend", "participate", "take")) {
            return INVITATION_ACCEPTED;
        }
        if ((l.equals("decline") || l.equals("refuse") || l.equals("reject"))
                && (near(s, i + 1, 7, INVITATION_NOUNS) || (next(s, i, "to") && nextLemma(s, i + 1, "join", "attend",
                "participate", "take", "come")))) {
            return INVITATION_DECLINED;
        }
        if ((l.equals("turn") || l.equals("turned")) && near(s, i + 1, 1, Set.of("down"))) {
            return INVITATION_DECLINED;
        }
        if (Set.of("study", "consider", "weigh", "review", "mull").contains(l) && near(s, i + 1, 3, INVITATION_NOUNS)) {
            return INVITATION_CONSIDERED;
        }
        if (Set.of("withdraw", "rescind", "revoke", "cancel", "retract").contains(l)
                && (near(s, i + 1, 4, INVITATION_NOUNS) || near(s, i - 6, 6, INVITATION_NOUNS))) {
            return INVITATION_WITHDRAWN;
        }
        if (l.equals("exclude") || (l.equals("bar") && t.verb())) {
            return EXCLUSION;
        }
        if (l.equals("deny") || l.equals("refute") || (l.equals("dismiss") && near(s, i + 1, 3, Set.of("reports",
                "report", "claims", "rumours", "rumors")))) {
            return DENIAL;
        }
        return contact(s, m, i, t, l, w);
    }

    private static ClaimType contact(Sentence s, List<Mention> m, int i, Token t, String l, String w) {
        if (PHONE.contains(w) || (l.equals("call") && (t.pos().equals("NOUN") || mentionAt(m, i + 1)))
                || (w.equals("conversation") && !near(s, i - 3, 3, Set.of("in")))) {
            return PHONE.contains(w) && next(s, i, "call", "conversation", "calls") ? null : PHONE_CALL;
        }
        if ((l.equals("speak") || l.equals("talk")) && near(s, i + 1, 6, PHONE)) {
            return null;
        }
        if (l.equals("visit") || ((l.equals("travel") || l.equals("fly")) && near(s, i + 1, 1, Set.of("to")))
                || (l.equals("arrive") && near(s, i + 1, 1, Set.of("in", "at")))) {
            return VISIT;
        }
        if (Set.of("host", "welcome", "receive").contains(l) && t.verb() && !near(s, i + 1, 2, INVITATION_NOUNS)
                && (mentionAt(m, i + 1) || mentionAt(m, i + 2) || near(s, i + 1, 1, Set.of("by")))) {
            return VISIT;
        }
        if ((l.equals("meet") && t.verb()) || w.equals("meeting") || w.equals("meetings")
                || (w.equals("talks") && (near(s, i - 2, 2, Set.of("held", "hold", "holds", "holding"))
                || near(s, i + 1, 1, Set.of("with", "between"))))) {
            return MEETING;
        }
        if (l.equals("attend") || ((l.equals("take") || l.equals("took")) && near(s, i + 1, 1, Set.of("part")))
                || (l.equals("participate") && near(s, i + 1, 1, Set.of("in")))) {
            return ATTENDANCE;
        }
        if (l.equals("join") || ((w.equals("member") || w.equals("members")) && near(s, i - 2, 2,
                Set.of("became", "become", "becomes")))) {
            return MEMBERSHIP_JOINED;
        }
        return null;
    }

    /** "after the call", "during the conversation": a reference back to an event already told. */
    private static boolean backReference(Sentence s, int i) {
        return i >= 2 && s.token(i - 1).is("the") && BACKREF_PREPS.contains(s.token(i - 2).lower());
    }

    static boolean inMention(List<Mention> m, int i) {
        for (Mention x : m) {
            if (x.entity() != null && i >= x.start() && i < x.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionAt(List<Mention> m, int i) {
        for (Mention x : m) {
            if (x.start() == i && x.actor()) {
                return true;
            }
        }
        return false;
    }

    /** True when a token in [from, from + n) has one of the lower-case forms. */
    static boolean near(Sentence s, int from, int n, Set<String> words) {
        for (int j = Math.max(0, from); j < Math.min(s.size(), from + n); j++) {
            if (words.contains(s.token(j).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean next(Sentence s, int i, String... words) {
        return i + 1 < s.size() && Set.of(words).contains(s.token(i + 1).lower());
    }

    private static boolean nextLemma(Sentence s, int i, String... lemmas) {
        return i + 1 < s.size() && Set.of(lemmas).contains(s.token(i + 1).lemma());
    }
}
