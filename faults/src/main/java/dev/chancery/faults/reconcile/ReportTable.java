package dev.chancery.faults.reconcile;

import java.util.Locale;

/** The report as the table faults/run prints: the faults with their heal times, then each hop reconciled. */
public final class ReportTable {
    private ReportTable() {
    }

    public static String text(FaultReport r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-40s %12s %12s%n", "fault", "service back", "lag 0"));
        for (Heal h : r.faults()) {
            out.append(String.format(Locale.ROOT, "%-40s %12s %12s%n", h.fault(), seconds(h.serviceSeconds()),
                    seconds(h.lagZeroSeconds())));
        }
        out.append(String.format(Locale.ROOT, "%n%-58s %8s %8s %6s %10s %10s%n", "hop", "expected", "arrived",
                "lost", "duplicated", "unexpected"));
        for (Stage s : r.reconciliation().stages()) {
            out.append(String.format(Locale.ROOT, "%-58s %8d %8d %6d %10d %10d%n", s.name(), s.expected(),
                    s.arrived(), s.lost(), s.duplicated(), s.unexpected()));
        }
        Reconciled c = r.reconciliation();
        out.append(String.format(Locale.ROOT, "%nprojections: %d questions, %d differences; dead letters: %d %s%n",
                c.projectionQuestions(), c.projectionDifferences(), c.deadLettered(), c.deadLettersByReason()));
        PoisonAccount p = c.poison();
        out.append(String.format(Locale.ROOT, "poison: %d records injected, %d dead letters expected, %d accounted "
                + "for, %d missing, %d with a wrong topic or reason, %d dead letters of anything else%n", p.injected(),
                p.expected(), p.accounted(), p.missing(), p.wrongReason(), p.unexplained()));
        r.fuzz().forEach(f -> out.append("fuzz ").append(f).append('\n'));
        r.notDone().forEach(n -> out.append("not in this run: ").append(n).append('\n'));
        r.errors().forEach(e -> out.append("error: ").append(e).append('\n'));
        out.append(String.format(Locale.ROOT, "%s: %d lost, %d duplicated, %d projection differences (%d articles, "
                + "seed %d, %.0f s)%n", r.result(), r.lost(), r.duplicated(), r.projectionDifferences(), r.articles(),
                r.seed(), r.seconds()));
        return out.toString();
    }

    private static String seconds(Double s) {
        return s == null ? "never" : String.format(Locale.ROOT, "%.1f s", s);
    }
}
