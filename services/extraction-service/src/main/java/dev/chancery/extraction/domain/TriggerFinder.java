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
            "proposal", "mediation");
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
        if (l.equals("ask") && askedToCome(s, i)) {
            return INVITATION;
        }
        if (l.equals("invite") || w.startsWith("invit") || l.equals("disinvite")) {
            return w.startsWith("disinvit") ? INVITATION_WITHDRAWN : INVITATION;
        }
        if (l.equals("accept") && (proposalNear(s, i + 1, 7) || joinComplement(s, i + 1, 9))) {
            return INVITATION_ACCEPTED;
        }
        if ((l.equals("agree") || l.equals("welcome")) && near(s, i + 1, 4, Set.of("mediation"))
                || l.equals("agree") && next(s, i, "to") && nextLemma(s, i + 1, "join", "attend", "participate", "take")) {
            return INVITATION_ACCEPTED;
        }
        if ((l.equals("oppose") || l.equals("opposed")) && near(s, i + 1, 4, Set.of("mediation"))) {
            return INVITATION_DECLINED;
        }
        if (Set.of("snub", "snubbed", "spurn", "spurned", "rebuff", "rebuffed", "ignore", "ignored").contains(l)
                && proposalNear(s, i + 1, 4)) {
            return INVITATION_DECLINED;
        }
        if (Set.of("skip", "skipped", "skipping", "boycott", "boycotted", "snub", "snubbed").contains(l)
                && TriggerSenses.attendsGathering(s, m, i)) {
            // "will skip the summit in Miami", "boycotted the Johannesburg summit": staying away from a gathering
            return INVITATION_DECLINED;
        }
        if ((l.equals("decline") || l.equals("refuse") || l.equals("reject"))
                && (proposalNear(s, i + 1, 7) || (next(s, i, "to") && nextLemma(s, i + 1, "join", "attend",
                "participate", "take", "come", "meet", "visit", "receive", "host", "talk", "negotiate")))) {
            return INVITATION_DECLINED;
        }
        if ((l.equals("turn") || l.equals("turned")) && near(s, i + 1, 1, Set.of("down")) && proposalNear(s, i + 2, 5)) {
            return INVITATION_DECLINED;
        }
        if (w.equals("agreement") && next(s, i, "to") && nextLemma(s, i + 1, "join", "attend", "participate", "take")) {
            return INVITATION_ACCEPTED;
        }
        if (Set.of("consideration", "review", "study", "discussion").contains(w) && i > 0 && s.token(i - 1).is("under")
                && proposalNear(s, i - 7, 6)) {
            return INVITATION_CONSIDERED;
        }
        if (Set.of("decide", "respond", "reply", "answer").contains(l) && i >= 2 && s.token(i - 1).is("to")
                && s.token(i - 2).is("yet") && (proposalNear(s, i + 1, 8) || joinComplement(s, i + 1, 6))) {
            // "has yet to decide whether to join", "has yet to respond to the invitation"
            return INVITATION_CONSIDERED;
        }
        if (Set.of("stay", "stayed", "staying", "keep", "kept").contains(l) && near(s, i + 1, 2, Set.of("out", "away"))
                && TriggerSenses.attendsGathering(s, m, i)) {
            // "will stay out of the board for now", "stayed away from the summit"
            return INVITATION_DECLINED;
        }
        if (Set.of("study", "consider", "weigh", "review", "mull", "examine", "assess", "evaluate", "ponder").contains(l)
                && proposalNear(s, i + 1, 3)) {
            return INVITATION_CONSIDERED;
        }
        if ((Set.of("withdraw", "rescind", "revoke", "cancel", "retract").contains(l)
                || Set.of("withdrew", "withdrawn", "rescinded", "revoked", "retracted", "pulled").contains(w))
                && (near(s, i + 1, 4, INVITATION_NOUNS) || near(s, i - 6, 6, INVITATION_NOUNS))) {
            return INVITATION_WITHDRAWN;
        }
        if (l.equals("exclude") || (l.equals("bar") && t.verb())
                || (Set.of("drop", "leave", "strike", "remove", "omit").contains(l) && near(s, i + 1, 6, Set.of("guest"))
                && near(s, i + 1, 7, Set.of("list")))) {
            return EXCLUSION;
        }
        if ((l.equals("deny") && !TriggerSenses.deniesThing(s, i)) || l.equals("refute")
                || ((l.equals("dismiss") || l.equals("reject")) && near(s, i + 1, 3, Set.of("reports", "report",
                "claims", "rumours", "rumors", "speculation")))) {
            return DENIAL;
        }
        return contact(s, m, i, t, l, w);
    }

    private static ClaimType contact(Sentence s, List<Mention> m, int i, Token t, String l, String w) {
        if (l.equals("call") && i >= 2 && s.token(i - 1).is("-") && s.token(i - 2).is("so")) {
            return null;
        }
        if (PHONE.contains(w) || (l.equals("call") && (t.pos().equals("NOUN") ? TriggerSenses.contactCall(s, m, i)
                : mentionAt(m, i + 1) && !TriggerSenses.naming(s, m, i)))
                || (w.equals("conversation") && !near(s, i - 3, 3, Set.of("in")))) {
            return PHONE.contains(w) && next(s, i, "call", "conversation", "calls", "talks") ? null : PHONE_CALL;
        }
        if (w.equals("talks") && i > 0 && PHONE.contains(s.token(i - 1).lower())) {
            return PHONE_CALL;
        }
        if ((l.equals("speak") || l.equals("talk")) && t.verb()) {
            return near(s, i + 1, 6, PHONE) ? null : spokeWith(s, m, i);
        }
        if (l.equals("visit") || ((l.equals("travel") || l.equals("fly")) && near(s, i + 1, 1, Set.of("to")))
                || ((w.equals("trip") || w.equals("tour")) && near(s, i + 1, 1, Set.of("to")))
                || (l.equals("arrive") && near(s, i + 1, 1, Set.of("in", "at"))
                && !TriggerSenses.arrivalOfThings(s, m, i))) {
            return VISIT;
        }
        if (Set.of("host", "welcome", "receive").contains(l) && t.verb() && !near(s, i + 1, 2, INVITATION_NOUNS)
                && (mentionAt(m, i + 1) || mentionAt(m, i + 2) || near(s, i + 1, 1, Set.of("by")))) {
            return VISIT;
        }
        if ((l.equals("meet") && t.verb() && !TriggerSenses.meetsThing(s, i))
                || ((w.equals("meeting") || w.equals("meetings")) && !TriggerSenses.sentTo(s, i))
                || ((w.equals("negotiations") || l.equals("negotiate") || l.equals("mediate") || w.equals("mediation"))
                && near(s, i + 1, 1, Set.of("with", "between")))
                || (w.equals("talks") && (near(s, i - 2, 2, Set.of("held", "hold", "holds", "holding"))
                || near(s, i + 1, 1, Set.of("with", "between"))))) {
            return MEETING;
        }
        if ((w.equals("attendance") || w.equals("participation")) && near(s, i + 1, 1, Set.of("at", "in"))
                && TriggerSenses.attendsGathering(s, m, i)) {
            // "will suspend its participation in the G20": staying away
            boolean stops = false;
            for (int j = Math.max(0, i - 3); j < i; j++) {
                stops |= Set.of("suspend", "end", "halt", "freeze", "pause", "withdraw").contains(s.token(j).lemma());
            }
            return stops ? INVITATION_DECLINED : ATTENDANCE;
        }
        if (l.equals("represent") && t.verb() && !w.equals("representing") && TriggerSenses.namesGathering(s, m)) {
            // "Vice President Yilmaz will represent Turkey at the summit", "will be represented by its minister"
            return ATTENDANCE;
        }
        if (l.equals("sign") && near(s, i + 1, 4, Set.of("charter", "treaty", "accession")) && TriggerSenses.joinsBody(s, m, i)) {
            return MEMBERSHIP_JOINED;
        }
        if ((l.equals("come") && next(s, i, "to") && mentionAt(m, i + 2))
                || (w.equals("due") && next(s, i, "in") && mentionAt(m, i + 2))) {
            // "came to Astana", "is due in Moscow on Friday"
            return VISIT;
        }
        if ((l.equals("attend") || ((l.equals("take") || l.equals("took")) && near(s, i + 1, 1, Set.of("part")))
                || (l.equals("participate") && near(s, i + 1, 1, Set.of("in")))) && TriggerSenses.attendsGathering(s, m, i)) {
            return ATTENDANCE;
        }
        if (l.equals("attend") && t.verb() && (i + 1 == s.size() || Set.of(",", ".", "along", "as", "too")
                .contains(s.token(i + 1).lower()))) {
            // "The leaders of Armenia and Azerbaijan will also attend, along with ...": the gathering told before
            return ATTENDANCE;
        }
        if (l.equals("join") && TriggerSenses.joinsGathering(s, m, i)) {
            return ATTENDANCE;
        }
        if ((l.equals("join") && TriggerSenses.joinsBody(s, m, i)) || ((w.equals("member") || w.equals("members")) && near(s, i - 2, 2,
                Set.of("became", "become", "becomes")) || near(s, i - 3, 3, Set.of("became", "become", "becomes"))
                && s.token(i - 1).pos().equals("ADJ"))) {
            return MEMBERSHIP_JOINED;
        }
        return null;
    }

    /**
     * "spoke with Macron", "talked to the Emir": a conversation with a named counterpart, by telephone unless the
     * sentence places it in person ("on the sidelines", "in person"); "spoke to reporters" names nobody.
     */
    private static ClaimType spokeWith(Sentence s, List<Mention> m, int i) {
        int p = i + 1;
        if (p < s.size() && s.token(p).pos().equals("ADV")) {
            p++;
        }
        if (p >= s.size() || !(s.token(p).is("with") || s.token(p).is("to"))) {
            return null;
        }
        for (Mention x : m) {
            if (x.actor() && x.kind() != EntityKind.MEDIA && x.start() > p && x.start() - p <= 4) {
                return near(s, p, 20, Set.of("sidelines", "person")) ? MEETING : PHONE_CALL;
            }
        }
        return null;
    }

    /** "accepted Trump's offer (or a misspelt 'invitation') to join the board": "to join/attend/visit" within reach. */
    private static boolean joinComplement(Sentence s, int from, int n) {
        for (int j = Math.max(1, from); j < Math.min(s.size(), from + n); j++) {
            if (s.token(j - 1).is("to") && Set.of("join", "attend", "visit", "participate").contains(s.token(j).lemma())) {
                return true;
            }
            if (s.token(j).is(",") || s.token(j).is(";")) {
                return false;
            }
        }
        return false;
    }

    /** "asked Tokayev to come to Moscow", "was asked to join the board": a request to come is an invitation. */
    private static boolean askedToCome(Sentence s, int i) {
        for (int j = i + 1; j < Math.min(s.size() - 1, i + 6); j++) {
            if (s.token(j).is("to") && Set.of("come", "visit", "join", "attend").contains(s.token(j + 1).lemma())) {
                return true;
            }
            if (s.token(j).is(",") || s.token(j).is("that")) {
                return false;
            }
        }
        return false;
    }

    /** True when an invitation noun in [from, from + n) is an invitation or a proposal to meet. */
    private static boolean proposalNear(Sentence s, int from, int n) {
        for (int j = Math.max(0, from); j < Math.min(s.size(), from + n); j++) {
            if (INVITATION_NOUNS.contains(s.token(j).lower()) && TriggerSenses.meetingProposal(s, j)) {
                return true;
            }
        }
        return false;
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
