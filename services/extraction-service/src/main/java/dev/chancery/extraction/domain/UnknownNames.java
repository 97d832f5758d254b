package dev.chancery.extraction.domain;

import java.util.List;
import java.util.Locale;

/**
 * Keeps a known person's name from being found inside an unknown one: "Vieira" in "Nuno Vieira Matos" is not
 * Mauro Vieira. A match of a short form (not the full name) with a name-like capitalised word right before or
 * after it, outside any other match and not part of the person's own name, is part of a longer name the
 * reference data does not hold.
 */
final class UnknownNames {
    private UnknownNames() {
    }

    static boolean embedded(Sentence s, Mention m, List<Mention> found) {
        if (m.kind() != EntityKind.PERSON || m.text().equalsIgnoreCase(m.entity().name())) {
            return false;
        }
        String own = " " + m.entity().name().toLowerCase(Locale.ROOT).replace('-', ' ') + " ";
        return nameAt(s, m.start() - 1, found, own) || nameAt(s, m.end(), found, own);
    }

    private static boolean nameAt(Sentence s, int i, List<Mention> found, String own) {
        if (i < 0 || i >= s.size() || TitleSpan.inMention(found, i) || own.contains(" " + s.token(i).lower().replace('-', ' ') + " ")) {
            return false;
        }
        Token t = s.token(i);
        // a headline's verbs are capitalised too: "Tokayev Invites Trump"
        if (Prefilter.STEMS.stream().anyMatch(t.lower()::startsWith)) {
            return false;
        }
        return Titles.nameToken(t) && (i > 0 || !t.pos().equals("X")) && !t.text().endsWith(".")
                && (t.pos().equals("PROPN") || t.pos().equals("X"));
    }
}
