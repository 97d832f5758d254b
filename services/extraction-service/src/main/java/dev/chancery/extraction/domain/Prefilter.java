package dev.chancery.extraction.domain;

import java.util.List;
import java.util.Locale;

/**
 * The cheap first pass: a sentence is worth tagging only when its lower-cased text contains a trigger stem.
 * Stems are prefixes, so "invit" covers invite, invited, invitation, invites.
 */
public final class Prefilter {
    static final List<String> STEMS = List.of("invit", "accept", "declin", "refus", "reject", "turned down",
            "turn down", "not take part", "not join", "not attend", "skip", "studying", "consider", "weigh",
            "withdr", "rescind", "revok", "cancel", "disinvit", "exclud", "barred", "call", "phone", "telephon",
            "spoke", "speak", "talk", "conversation", "visit", "arriv", "travel", "flew", "fly ", "host", "welcom", "receiv",
            "met ", "meet", "attend", "take part", "took part", "taking part", "participat", "join", "member",
            "deni", "deny", "dismiss", "refut", "no such", "agreed to", "confirm", "negotiat", "mediat", "broker", "represent", "signed", "charter", "due in", "came to",
            "come to", "guest list", "stay out", "stay away", "yet to", "snub", "boycott", "trip", "tour");

    private Prefilter() {
    }

    /** True when the sentence may carry a claim. */
    public static boolean candidate(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        for (String stem : STEMS) {
            if (s.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
