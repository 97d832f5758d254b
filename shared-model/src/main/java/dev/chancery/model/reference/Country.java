package dev.chancery.model.reference;

import java.util.List;

/**
 * A country or territory from ISO 3166-1.
 *
 * @param alpha3    ISO 3166-1 alpha-3, the canonical state id ("KAZ")
 * @param alpha2    ISO 3166-1 alpha-2 ("KZ")
 * @param name      common English name
 * @param aliases   other names ("Republic of Kazakhstan")
 * @param demonyms  adjectives and demonyms ("Kazakh", "Kazakhstani")
 * @param capital   capital city, or null
 * @param metonyms  names standing for the government ("Akorda", "the Kremlin")
 * @param sovereign true for UN-member-like sovereign states
 * @param cities    other cities news names as venues and destinations ("New York", "Samarkand", "Davos")
 */
public record Country(String alpha3, String alpha2, String name, List<String> aliases, List<String> demonyms,
                      String capital, List<String> metonyms, boolean sovereign, List<String> cities) {
    public Country {
        cities = List.copyOf(cities == null ? List.of() : cities);
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        demonyms = List.copyOf(demonyms == null ? List.of() : demonyms);
        metonyms = List.copyOf(metonyms == null ? List.of() : metonyms);
    }
}
