package dev.chancery.bench.e2e;

/** A response body for an error message: on one line, at most 300 characters. */
final class OneLine {
    private OneLine() {
    }

    static String of(String s) {
        if (s == null) {
            return "";
        }
        String line = s.replaceAll("\\s+", " ");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
