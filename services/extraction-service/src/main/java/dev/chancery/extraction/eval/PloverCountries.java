package dev.chancery.extraction.eval;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ISO alpha-3 countries among PLOVER actor codes: PLOVER's few non-ISO state codes are mapped (JAP -> JPN);
 * codes that name no state (IGO, NGO, IMG, ...) are dropped.
 */
public final class PloverCountries {
    static final Map<String, String> NON_ISO = Map.of(
            "JAP", "JPN", "ITL", "ITA", "VTN", "VNM", "ROM", "ROU", "GER", "DEU", "KOS", "XKX", "TMP", "TLS");
    private static final Set<String> ISO = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    private PloverCountries() {
    }

    public static Set<String> of(Collection<String> codes) {
        Set<String> out = new TreeSet<>();
        for (String code : codes) {
            String c = NON_ISO.getOrDefault(code.toUpperCase(Locale.ROOT), code.toUpperCase(Locale.ROOT));
            if (ISO.contains(c) || c.equals("XKX")) {
                out.add(c);
            }
        }
        return out;
    }
}
