package io.jointclear.courier.domain;

import java.util.Set;

/**
 * Origin groups rule 3.7.35 distinguishes. USMCA (T-MEC) partners; and the other countries Mexico has a
 * free-trade agreement with (TLC, Pacific Alliance PAAP, CPTPP/TIPAT, TLCUEM, AELC, Japan, Israel,
 * Central America, Panama, Uruguay), whose goods pay 19 % instead of the general rate.
 */
public final class Origins {

    static final Set<String> USMCA = Set.of("US", "CA");

    static final Set<String> OTHER_FTA = Set.of(
            // TLCUEM: the 27 member states of the European Union
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
            "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            // AELC (EFTA), United Kingdom
            "CH", "NO", "IS", "LI", "GB",
            // Japan, Israel
            "JP", "IL",
            // Central America (TLC único), Panama, Uruguay, Colombia; Pacific Alliance (CL, CO, PE)
            "CR", "SV", "GT", "HN", "NI", "PA", "UY", "CO", "CL", "PE",
            // CPTPP / TIPAT partners not listed above
            "AU", "BN", "MY", "NZ", "SG", "VN");

    private Origins() {
    }

    /** The origin group of an ISO 3166 alpha-2 country for imports into Mexico. */
    public static Group of(String country) {
        if (USMCA.contains(country)) {
            return Group.USMCA;
        }
        return OTHER_FTA.contains(country) ? Group.OTHER_FTA : Group.GENERAL;
    }

    public enum Group { USMCA, OTHER_FTA, GENERAL }
}
