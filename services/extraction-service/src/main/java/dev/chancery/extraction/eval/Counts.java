package dev.chancery.extraction.eval;

/** True positives, false positives and false negatives, with precision, recall and F1. */
public final class Counts {
    int tp;
    int fp;
    int fn;

    public double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int tp() {
        return tp;
    }

    public int fp() {
        return fp;
    }

    public int fn() {
        return fn;
    }

    String row(String label) {
        return String.format(java.util.Locale.ROOT, "%-24s %5d %5d %5d  %6.3f %6.3f %6.3f", label, tp, fp, fn,
                precision(), recall(), f1());
    }
}
