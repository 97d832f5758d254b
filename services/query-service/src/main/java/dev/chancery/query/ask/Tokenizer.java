package dev.chancery.query.ask;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits text into {@link Word}s so that matching ignores case, accents, punctuation and hyphens:
 * "G-20", "G20" and "g 20" all give {@code g 20}; "Côte d’Ivoire" gives {@code cote d ivoire}.
 */
final class Tokenizer {
    /** "US" in capitals is the country; "us" is the pronoun. */
    private static final Pattern US = Pattern.compile("\\bUS\\b");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern LETTER_DIGIT = Pattern.compile("(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Tokenizer() {
    }

    static List<Word> words(String text) {
        String plain = Normalizer.normalize(US.matcher(text).replaceAll("U.S."), Normalizer.Form.NFD);
        List<Word> words = new ArrayList<>();
        for (String chunk : SEPARATORS.split(ACCENTS.matcher(plain).replaceAll(""))) {
            String[] pieces = LETTER_DIGIT.split(chunk);
            for (int i = 0; i < pieces.length; i++) {
                if (!pieces[i].isEmpty()) {
                    words.add(new Word(pieces[i].toLowerCase(Locale.ROOT), pieces[i], i > 0));
                }
            }
        }
        return List.copyOf(words);
    }

    /** The normalised tokens of a name, without a leading "the" ("the Kremlin" gives {@code kremlin}). */
    static List<String> phrase(String name) {
        List<String> tokens = new ArrayList<>(words(name).stream().map(Word::norm).toList());
        if (tokens.size() > 1 && tokens.get(0).equals("the")) {
            tokens.remove(0);
        }
        return List.copyOf(tokens);
    }
}
