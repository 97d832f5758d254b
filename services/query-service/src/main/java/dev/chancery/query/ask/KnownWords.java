package dev.chancery.query.ask;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words a question may capitalise without naming anything: question words, titles, months, cue words.
 * Any other capitalised word that names no known actor or gathering is reported as unrecognised,
 * so "did Tokayev call Bob?" is not silently read as "did Tokayev call anyone?".
 */
final class KnownWords {
    private static final Set<String> WORDS = words();

    private KnownWords() {
    }

    /** The capitalised words no directory recognised, grouped into names ("Central Asia"). */
    static List<String> unrecognisedNames(List<Word> words, java.util.BitSet taken) {
        List<String> names = new java.util.ArrayList<>();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i <= words.size(); i++) {
            Word w = i < words.size() ? words.get(i) : null;
            boolean unknown = w != null && !taken.get(i) && w.capitalised() && w.norm().length() > 1
                    && !WORDS.contains(w.norm());
            if (unknown) {
                name.append(name.length() == 0 ? "" : " ").append(w.original());
            } else if (name.length() > 0) {
                names.add(name.toString());
                name.setLength(0);
            }
        }
        return List.copyOf(names);
    }

    private static Set<String> words() {
        Set<String> words = new HashSet<>(List.of(
                "who", "whom", "whose", "what", "which", "when", "where", "why", "how", "is", "are", "was", "were",
                "did", "does", "do", "has", "have", "had", "will", "would", "can", "could", "should", "list", "show",
                "tell", "give", "find", "get", "please", "any", "all", "the", "a", "an", "me", "my", "we", "our",
                "in", "on", "at", "to", "for", "of", "with", "and", "or", "between", "since", "during", "from", "by",
                "last", "this", "next", "year", "month", "week", "today", "yesterday", "ever", "really", "already",
                "yet", "recently", "countries", "country", "states", "nations", "leaders", "leader", "whether",
                "if", "so", "far", "tl", "dr", "ok", "hey", "hi", "hello", "and", "upcoming", "previous",
                "president", "prime", "minister", "foreign", "secretary", "state", "king", "queen", "emir",
                "sultan", "crown", "prince", "sheikh", "chancellor", "premier", "mr", "mrs", "ms", "sir", "vice",
                "general", "spokesperson", "spokesman", "spokeswoman", "envoy", "special", "press", "supreme",
                "excellency", "majesty", "head", "government", "ministry", "office", "leaders", "summit", "edition"));
        for (Month m : Month.values()) {
            words.add(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
            words.add(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        for (Cue cue : Cue.values()) {
            cue.phrases.forEach(p -> Tokenizer.words(p).forEach(w -> words.add(w.norm())));
        }
        return Set.copyOf(words);
    }
}
