package io.jointclear.reference;

import io.jointclear.shared.Authority;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A tariff line as it stands on a date: a 10-digit HTSUS statistical number or a TIGIE fracción + NICO.
 *
 * @param authority     whose tariff
 * @param tariffCode    10 digits, no dots
 * @param description   the line's text (HTSUS: the chain of superior texts joined by " — "; TIGIE:
 *                      the NICO text)
 * @param tariffUnits   the units as the tariff prints them (HTSUS "kg", "doz.", TIGIE UMT "KILO")
 * @param units         the same as UN/ECE Recommendation 20 codes (KGM, DZN …); "" where no code fits
 * @param validFrom     first day in force
 * @param validTo       last day in force, empty when open
 * @param general       HTSUS column 1 general rate, or Mexican IGI; empty when the rate is not loaded
 * @param special       HTSUS column 1 special rates with their program indicators (empty for MX)
 * @param column2       HTSUS column 2 rate (empty for MX)
 * @param exportRate    Mexican IGE; empty for US or when not loaded
 * @param rateSource    where the rates come from (edition, or the legal source of the MX rate row)
 */
public record TariffLine(
        Authority authority,
        String tariffCode,
        String description,
        List<String> tariffUnits,
        List<String> units,
        LocalDate validFrom,
        Optional<LocalDate> validTo,
        Optional<DutyRate> general,
        List<PreferentialRate> special,
        Optional<DutyRate> column2,
        Optional<DutyRate> exportRate,
        String rateSource) {

    public TariffLine {
        tariffUnits = List.copyOf(tariffUnits);
        units = List.copyOf(units);
        special = List.copyOf(special);
    }

    /** The special-column rate granted to a program indicator (e.g. "S" for USMCA), if any. */
    public Optional<DutyRate> specialRateFor(String program) {
        return special.stream().filter(p -> p.grantedTo(program)).map(PreferentialRate::rate).findFirst();
    }
}
