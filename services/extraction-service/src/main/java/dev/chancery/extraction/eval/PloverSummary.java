package dev.chancery.extraction.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The PLOVER figures over all records: per gold event (in scope) true positives, false positives and false
 * negatives, in total, the countries-right share among matched records with gold countries, and over-coding
 * (the share of out-of-scope records that produce any claim).
 */
public record PloverSummary(Map<String, Counts> perEvent, Counts total, int inScope, int countriesRight,
                            int countriesChecked, int outOfScope, int overcoded) {

    public static PloverSummary of(List<PloverOutcome> outcomes) {
        Map<String, Counts> perEvent = new TreeMap<>();
        Counts total = new Counts();
        int in = 0, right = 0, checked = 0, out = 0, over = 0;
        for (PloverOutcome o : outcomes) {
            if (!o.inScope()) {
                out++;
                over += o.overcoded() ? 1 : 0;
                continue;
            }
            in++;
            Counts gold = perEvent.computeIfAbsent(o.record().event(), k -> new Counts());
            if (o.matched()) {
                gold.tp++;
                total.tp++;
            } else {
                gold.fn++;
                total.fn++;
            }
            if (o.falsePositive()) {
                total.fp++;
                o.claims().stream().map(c -> c.plover() == null ? "?" : c.plover().event()).distinct()
                        .forEach(e -> perEvent.computeIfAbsent(e, k -> new Counts()).fp++);
            }
            if (o.countriesRight() != null) {
                checked++;
                right += o.countriesRight() ? 1 : 0;
            }
        }
        return new PloverSummary(perEvent, total, in, right, checked, out, over);
    }

    public double countries() {
        return countriesChecked == 0 ? 1.0 : (double) countriesRight / countriesChecked;
    }

    public double overcoding() {
        return outOfScope == 0 ? 0.0 : (double) overcoded / outOfScope;
    }
}
