package dev.chancery.extraction.eval;

import dev.chancery.model.claim.ClaimExtracted;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prints the PLOVER figures and, on request, each miss, countries error and over-coded record with its text. */
public final class PloverReport {
    private PloverReport() {
    }

    public static void print(PloverSummary s, List<PloverOutcome> outcomes, PrintStream out, boolean errors) {
        out.printf("%n== PLOVER: %d records, %d in scope (diplomatic), %d out of scope ==%n", outcomes.size(),
                s.inScope(), s.outOfScope());
        out.println(String.format("%-24s %5s %5s %5s  %6s %6s %6s", "event+mode (in scope)", "tp", "fp", "fn", "P",
                "R", "F1"));
        s.perEvent().forEach((event, c) -> out.println(c.row(event)));
        out.println(s.total().row("all"));
        out.println(String.format(Locale.ROOT, "%-24s %d/%d  %.3f%s", "countries right", s.countriesRight(),
                s.countriesChecked(), s.countries(), s.countriesChecked() == 0 ? " (no matched record to check)" : ""));
        out.println(String.format(Locale.ROOT, "%-24s %d/%d  %.3f", "over-coding", s.overcoded(), s.outOfScope(),
                s.overcoding()));
        if (errors) {
            outcomes.forEach(o -> error(o).ifPresent(out::println));
        }
    }

    private static java.util.Optional<String> error(PloverOutcome o) {
        String what;
        if (o.inScope() && !o.matched()) {
            what = "MISSED    gold " + o.record().event() + mode(o) + " got " + codings(o.claims());
        } else if (o.inScope() && Boolean.FALSE.equals(o.countriesRight())) {
            what = "COUNTRIES gold " + o.goldCountries() + " got " + codings(o.matching());
        } else if (o.overcoded()) {
            what = "OVERCODED gold " + o.record().event() + " got " + codings(o.claims());
        } else {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(o.record().id() + " " + what + "  <" + o.record().text().strip() + ">");
    }

    private static String mode(PloverOutcome o) {
        return o.record().mode() == null || o.record().mode().isBlank() ? "" : "/" + o.record().mode();
    }

    private static String codings(List<ClaimExtracted> claims) {
        return claims.stream().map(c -> c.type() + "(" + (c.plover() == null ? "?" : c.plover().event() + "/"
                + c.plover().mode()) + " " + Scorer.actors(c) + ")").collect(Collectors.joining(", ", "[", "]"));
    }
}
