package dev.chancery.query.ask;

/**
 * One token of a question.
 *
 * @param norm     lower case, without accents or punctuation ("g", "20", "kazakhstan")
 * @param original as written ("G", "20", "Kazakhstan")
 * @param glued    true when written against the previous word with nothing between ("20" in "G20")
 */
record Word(String norm, String original, boolean glued) {

    Word(String norm, String original) {
        this(norm, original, false);
    }

    boolean capitalised() {
        return Character.isUpperCase(original.charAt(0));
    }

    boolean allCaps() {
        return original.chars().allMatch(Character::isUpperCase);
    }

    boolean isNumber() {
        return norm.chars().allMatch(Character::isDigit);
    }

    /** The value of a number of at most four digits, or -1. */
    int number() {
        return isNumber() && norm.length() <= 4 ? Integer.parseInt(norm) : -1;
    }

    /** True for a plausible calendar year (1900-2100). */
    boolean isYear() {
        return norm.length() == 4 && number() >= 1900 && number() <= 2100;
    }
}
