package dev.chancery.extraction.domain;

import java.util.Set;

/**
 * The title lexicon of officials: heads that name one person ("minister", "aide", "negotiator"), group nouns
 * that stand for a state ("officials", "rebels", "the Uzbek side"), and words that never start a person's name.
 */
final class Titles {
    /** A singular office; may be followed by the holder's name ("Defence Secretary Tom Hale"). */
    static final Set<String> HEADS = Set.of("president", "minister", "secretary", "chancellor", "king", "queen",
            "emir", "sultan", "premier", "prince", "envoy", "ambassador", "spokesperson", "spokesman", "spokeswoman",
            "negotiator", "official", "aide", "adviser", "advisor", "leader", "chief", "commander", "general",
            "governor", "mayor", "akim", "speaker", "chairman", "chairwoman", "representative", "diplomat",
            "counterpart", "head", "ruler", "monarch", "vice-president");
    /** A collective or plural noun: the demonym before it makes the state the actor ("Palestinian officials"). */
    static final Set<String> GROUPS = Set.of("side", "sides", "delegation", "delegations", "government",
            "authorities", "officials", "presidency", "leadership", "administration", "ministers", "leaders",
            "presidents", "diplomats", "negotiators", "envoys", "delegates", "lawmakers", "legislators", "rebels",
            "militants", "guerrillas", "fighters", "troops", "forces", "soldiers", "officers", "police", "army",
            "military", "navy", "cabinet", "parliament", "embassy", "warships", "jets", "tanks", "helicopters",
            "aircraft", "counterparts", "representatives", "aides", "advisers", "commanders", "generals", "ambassadors",
            "governors", "mayors", "spokesmen", "militiamen", "militia", "militias", "guards", "commandos",
            "paratroopers", "peacekeepers", "marines", "gunboats", "bombers");
    /** Capitalised words that never start or continue a person's name. */
    private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "the", "a", "an", "and", "on", "in", "at", "of", "for",
            "mr", "mr.", "mrs", "ms", "dr", "foreign", "prime", "deputy", "state", "first", "vice", "crown",
            "supreme", "senior", "acting", "former", "interior", "defence", "defense", "finance", "trade", "council",
            "commission", "committee", "union", "ministry", "office", "house", "assembly", "court", "bank", "party",
            "front", "agency", "organization", "organisation", "nations", "republic", "kingdom", "states");

    private static final Set<String> PARTICLES = Set.of("van", "von", "den", "der", "de", "da", "al", "el", "bin",
            "ibn", "la", "le", "du", "dos", "di", "del", "ben");

    private Titles() {
    }

    /**
     * The claim channel an unlisted official speaks through, from the title's words: SPOKESPERSON for spokespeople,
     * press secretaries and aides, FOREIGN_MINISTRY for foreign ministers, null (a leader's own remarks) for heads
     * of state and government, GOVERNMENT_STATEMENT for other officials.
     */
    static String channel(String title) {
        if (title.contains("spokes") || title.contains("press secretary") || title.contains("aide")
                || title.contains("adviser") || title.contains("advisor")) {
            return "SPOKESPERSON";
        }
        if (title.contains("foreign") || title.contains("secretary of state")) {
            return "FOREIGN_MINISTRY";
        }
        boolean leader = title.endsWith("president") && !title.contains("vice") || title.endsWith("prime minister")
                || title.endsWith("premier") || title.endsWith("chancellor") || title.endsWith("king")
                || title.endsWith("emir") || title.endsWith("sultan") || title.endsWith("leader");
        return leader ? null : "GOVERNMENT_STATEMENT";
    }

    /** A lower-case particle inside a name ("Hans van den Broek", "Mohammed bin Rashid"). */
    static boolean particle(Token t) {
        return PARTICLES.contains(t.text());
    }

    static boolean head(Token t) {
        return HEADS.contains(t.lower());
    }

    static boolean group(Token t) {
        return GROUPS.contains(t.lower());
    }

    /** A capitalised token that can be part of a person's name (not a title, group, weekday, month or verb). */
    static boolean nameToken(Token t) {
        String w = t.text();
        if (!t.capitalised() || !Character.isLetter(w.charAt(w.length() - 1)) || head(t) || group(t)
                || NOT_NAMES.contains(t.lower())) {
            return false;
        }
        return switch (t.pos()) {
            case "VERB", "AUX", "ADP", "DET", "CCONJ", "SCONJ", "PRON", "NUM", "PUNCT" -> false;
            default -> true;
        };
    }
}
