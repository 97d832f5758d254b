package dev.chancery.extraction.domain;

import java.util.List;
import java.util.Set;

/**
 * Separates the diplomatic sense of a trigger word from its other senses, as real news uses them: a "call for
 * calm" or "calls by X to act" is a demand, not a phone call; "called Tokayev a good man" names, it does not
 * phone; "meet demands" and "deny entry" are not contacts or denials; troops that "arrived" do not visit; one
 * "participates in elections" and "joins observers" without attending a gathering or joining a body.
 */
final class TriggerSenses {
    private static final Set<String> CALL_CUES = Set.of("phone", "telephone", "video", "held", "hold", "holds",
            "holding", "had", "have", "has", "made", "make", "placed", "received", "during", "in", "after",
            "following", "took", "their", "his", "her", "its", "latest", "first", "second", "recent", "the", "a",
            "this", "that", "such", "no", "any", "confirmed", "confirms", "denied", "denies", "reported");
    private static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
            "the", "that", "this", "friday's");
    private static final Set<String> DEMAND_LEMMAS = Set.of("reject", "heed", "ignore", "answer", "echo", "renew",
            "issue", "repeat", "back", "support", "dismiss", "resist", "welcome", "join", "amid", "despite");
    private static final Set<String> NOT_MET = Set.of("demands", "demand", "deadline", "deadlines", "target",
            "targets", "need", "needs", "expectations", "requirements", "conditions", "criteria", "goal", "goals",
            "standards", "obligations", "threshold", "challenge", "challenges", "commitments", "terms", "costs",
            "obligation", "quota", "quotas", "resistance", "opposition", "fate", "end");
    private static final Set<String> NOT_DENIED = Set.of("entry", "access", "visa", "visas", "permission",
            "request", "requests", "admission", "admittance", "landing", "passage", "asylum", "bail", "allocation",
            "service", "services", "rights", "funding", "aid", "citizenship", "license", "licence", "approval");
    private static final Set<String> ARRIVING_PEOPLE = Set.of("delegation", "delegations", "team", "president",
            "minister", "leader", "leaders", "envoy", "envoys", "officials", "official", "chief", "secretary",
            "premier", "chancellor", "king", "queen", "prince", "emir", "pope", "delegates", "mission");
    static final Set<String> GATHERING_NOUNS = Set.of("summit", "summits", "meeting", "meetings", "talks",
            "conference", "forum", "session", "ceremony", "parade", "inauguration", "funeral", "assembly",
            "gathering", "negotiations", "celebrations", "congress", "dialogue", "consultations", "ministerial",
            "retreat", "signing", "commemoration", "commemorations", "festivities", "jubilee", "coronation",
            "g20", "g7", "cop30", "cop31", "anniversary", "council");
    private static final Set<String> BODY_NOUNS = Set.of("board", "alliance", "bloc", "organization", "organisation",
            "union", "coalition", "accords", "accord", "treaty", "club", "community", "group", "grouping",
            "partnership", "initiative", "council", "body", "forum", "pact", "format");
    private static final Set<String> PROPOSAL_COMPLEMENTS = Set.of("visit", "meet", "host", "attend", "join",
            "hold", "talk", "negotiate", "come", "travel", "participate");
    private static final Set<String> PROPOSAL_OBJECTS = Set.of("talks", "meeting", "summit", "visit", "negotiations",
            "dialogue", "consultations", "membership");

    private TriggerSenses() {
    }

    /** A noun "call" that is a contact: a phone cue before it or its participants after it, and no demand. */
    static boolean contactCall(Sentence s, List<Mention> m, int i) {
        String next = i + 1 < s.size() ? s.token(i + 1).lower() : "";
        boolean onDate = next.equals("on") && i + 2 < s.size() && (DATE_WORDS.contains(s.token(i + 2).lower())
                || s.token(i + 2).pos().equals("NUM"));
        if (next.equals("for") || next.equals("by") || (next.equals("on") && !onDate) || next.equals("from")
                || (next.equals("to") && i + 2 < s.size() && s.token(i + 2).verb())) {
            return false;
        }
        for (int j = Math.max(0, i - 3); j < i; j++) {
            if (DEMAND_LEMMAS.contains(s.token(j).lemma())) {
                return false;
            }
        }
        if (next.equals("with") || next.equals("between")) {
            return true;
        }
        for (int j = Math.max(0, i - 3); j < i; j++) {
            if (CALL_CUES.contains(s.token(j).lower()) || TriggerFinder.inMention(m, j)) {
                return true;
            }
        }
        return false;
    }

    /** A verb "call" naming someone ("called Tokayev a good man", "called him 'a friend'"), not phoning. */
    static boolean naming(Sentence s, List<Mention> m, int i) {
        for (Mention x : m) {
            if (x.start() == i + 1) {
                int after = x.end();
                return after < s.size() && Set.of("a", "an", "the", "\"", "“", "his", "her", "one", "'")
                        .contains(s.token(after).lower());
            }
        }
        return false;
    }

    /** "meet demands", "met the deadline": the object is a thing, not a counterpart. */
    static boolean meetsThing(Sentence s, int i) {
        return TriggerFinder.near(s, i + 1, 4, NOT_MET) && !TriggerFinder.near(s, i + 1, 1, Set.of("with"));
    }

    /** "deny entry", "denied visas": a refusal of a thing, not the denial of a report. */
    static boolean deniesThing(Sentence s, int i) {
        return TriggerFinder.near(s, i + 1, 3, NOT_DENIED);
    }

    /** "troops arrived": the subject before an arrival is a common noun that is not a delegation or an official. */
    static boolean arrivalOfThings(Sentence s, List<Mention> m, int i) {
        int j = i - 1;
        while (j >= 0 && (s.token(j).pos().equals("AUX") || s.token(j).pos().equals("ADV"))) {
            j--;
        }
        // "Bangladeshi peacekeeping troops arrived": armed forces stand for their state, but deploying is no visit
        return j >= 0 && s.token(j).pos().equals("NOUN") && (!TriggerFinder.inMention(m, j)
                || Set.of("troops", "soldiers", "peacekeepers", "forces", "contingent", "units", "marines",
                "observers", "warships", "jets").contains(s.token(j).lower()))
                && !ARRIVING_PEOPLE.contains(s.token(j).lower());
    }

    /** Attendance needs something to attend: a gathering named or a gathering noun within reach. */
    /** A gathering or body named, or a gathering noun, anywhere in the sentence. */
    static boolean namesGathering(Sentence s, List<Mention> m) {
        return m.stream().anyMatch(x -> x.kind() == EntityKind.GATHERING || x.kind() == EntityKind.BODY)
                || TriggerFinder.near(s, 0, s.size(), GATHERING_NOUNS);
    }

    static boolean attendsGathering(Sentence s, List<Mention> m, int i) {
        for (Mention x : m) {
            if ((x.kind() == EntityKind.GATHERING || x.kind() == EntityKind.BODY) && x.start() > i
                    && x.start() - i <= 8) {
                return true;
            }
        }
        return TriggerFinder.near(s, i + 1, 8, GATHERING_NOUNS);
    }

    /**
     * "will join next year's G20 summit", "joined the talks in Doha": joining a meeting is attending it, not
     * becoming a member of a body.
     */
    static boolean joinsGathering(Sentence s, List<Mention> m, int i) {
        for (int j = i + 1; j < Math.min(s.size(), i + 7); j++) {
            String w = s.token(j).lower();
            if (Set.of("summit", "summits", "meeting", "talks", "conference", "ceremony", "session", "negotiations",
                    "forum", "parade", "celebrations", "dialogue", "ministerial").contains(w)) {
                return true;
            }
            if (w.equals(",") || w.equals(";") || w.equals("as") || s.token(j).verb()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "sending representatives to today's meeting", "observers at the meeting": a meeting others go to is a
     * gathering, not a contact between the senders.
     */
    static boolean sentTo(Sentence s, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            String w = s.token(j).lower();
            if (w.equals("to") || w.equals("at")) {
                return TriggerFinder.near(s, Math.max(0, j - 6), 6, Set.of("sending", "send", "sent", "sends",
                        "representatives", "observers", "delegation", "delegates", "envoy", "observer"));
            }
        }
        return false;
    }

    /** Joining needs a body: an organisation or gathering named, or a body noun, right after. */
    static boolean joinsBody(Sentence s, List<Mention> m, int i) {
        int end = i + 1;
        while (end < Math.min(s.size(), i + 11) && !Set.of(",", ";", ".").contains(s.token(end).lower())) {
            end++;
        }
        for (Mention x : m) {
            // "will not join US President Donald Trump's so-called Board of Peace": a long owner phrase between
            if ((x.kind() == EntityKind.GATHERING || x.kind() == EntityKind.BODY) && x.start() > i && x.start() < end) {
                return true;
            }
        }
        return TriggerFinder.near(s, i + 1, Math.min(5, end - i - 1), BODY_NOUNS);
    }

    /**
     * A proposal or offer declined, accepted or considered is an invitation only when it is one to meet, visit,
     * talk or join ("an offer to host talks", "a proposal for a summit", or "the proposal" told before); "a proposal
     * for a cease-fire" is not.
     */
    static boolean meetingProposal(Sentence s, int noun) {
        String w = s.token(noun).lower();
        boolean complement = noun + 1 < s.size() && (s.token(noun + 1).is("for") || s.token(noun + 1).is("to")
                || s.token(noun + 1).is("of") || s.token(noun + 1).is("on"));
        if (w.startsWith("invit") || !complement) {
            return true;
        }
        for (int j = noun + 1; j < Math.min(s.size(), noun + 5); j++) {
            if (PROPOSAL_COMPLEMENTS.contains(s.token(j).lemma()) && s.token(j - 1).is("to")
                    || PROPOSAL_OBJECTS.contains(s.token(j).lower())) {
                return true;
            }
        }
        return false;
    }
}
