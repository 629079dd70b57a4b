package io.jointclear.reference.htsus;

import io.jointclear.reference.HtsFootnote;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One statistical line of the HTSUS file: a 10-digit number, or an 8-digit line without statistical
 * suffixes (chapter 99 mostly) as its code + "00". Rates are those printed on the line itself, or
 * else inherited from its 8-digit parent.
 *
 * @param tariffCode       10 digits, no dots
 * @param description      superior texts (heading, indented texts, 8-digit line) and the line's own
 *                         text, joined by " — "
 * @param tariffUnits      units of quantity as printed ("doz.", "kg")
 * @param units            the same as UN/ECE Rec 20 codes, "" where none fits
 * @param generalText      "General Rate of Duty" as printed, "" when none
 * @param specialText      "Special Rate of Duty" as printed, "" when none
 * @param column2Text      "Column 2 Rate of Duty" as printed, "" when none
 * @param general          the general rate read; empty when no text
 * @param special          the special rates read ({@link SpecialRates#NONE} when no text)
 * @param column2          the column 2 rate read; empty when no text
 * @param chapter99        whether the line is in chapter 99 (temporary and additional duties), whose
 *                         rates apply on top of or instead of the applicable subheading
 * @param additionalDuties "Additional Duties" as printed, "" when none
 * @param quota            "Quota Quantity" as printed, "" when none
 * @param footnotes        footnotes of the line and of its superior rows (the JSON export only; the
 *                         CSV export carries none)
 */
public record HtsusLine(
        String tariffCode,
        String description,
        List<String> tariffUnits,
        List<String> units,
        String generalText,
        String specialText,
        String column2Text,
        Optional<RateParse> general,
        SpecialRates special,
        Optional<RateParse> column2,
        boolean chapter99,
        String additionalDuties,
        String quota,
        List<HtsFootnote> footnotes) {

    private static final java.util.regex.Pattern TEN_DIGITS = java.util.regex.Pattern.compile("\\d{10}");

    public HtsusLine {
        Objects.requireNonNull(tariffCode, "tariffCode");
        if (!TEN_DIGITS.matcher(tariffCode).matches()) {
            throw new IllegalArgumentException("tariff code must be 10 digits: " + tariffCode);
        }
        tariffUnits = List.copyOf(tariffUnits);
        units = List.copyOf(units);
        Objects.requireNonNull(special, "special");
        footnotes = List.copyOf(footnotes);
    }
}
