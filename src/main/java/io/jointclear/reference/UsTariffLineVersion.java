package io.jointclear.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One version of an HTSUS line as printed by the revisions that carried it unchanged: the texts are
 * those of the schedule, not interpreted (rates are read by {@link TariffCatalogue}).
 *
 * @param tariffCode       10 digits, no dots (8-digit lines without statistical suffix end in "00")
 * @param revision         the revision that introduced this version, e.g. {@code 2025_rev_3}
 * @param validFrom        first day in force (the revision's effective date)
 * @param validTo          last day in force, empty while no later revision changed or removed it
 * @param description      superior texts and the line's own text joined by " — "
 * @param tariffUnits      units of quantity as printed
 * @param generalText      general rate text (chapter 99: the additional duty, e.g. "The duty provided in
 *                         the applicable subheading + 25%")
 * @param specialText      special rate text with program indicators
 * @param column2Text      column 2 rate text
 * @param additionalDuties additional duties text
 * @param quota            quota quantity text
 * @param chapter99        whether the line is in chapter 99
 * @param footnotes        the line's footnotes and those of its superior lines
 */
public record UsTariffLineVersion(String tariffCode, String revision, LocalDate validFrom, Optional<LocalDate> validTo,
                                  String description, List<String> tariffUnits, String generalText, String specialText,
                                  String column2Text, String additionalDuties, String quota, boolean chapter99,
                                  List<HtsFootnote> footnotes) {

    public UsTariffLineVersion {
        tariffUnits = List.copyOf(tariffUnits);
        footnotes = List.copyOf(footnotes);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && validTo.map(to -> !date.isAfter(to)).orElse(true);
    }

    /** The chapter-99 provisions its footnotes cite, without repeats, in order. */
    public List<String> citedChapter99Provisions() {
        return footnotes.stream().flatMap(f -> f.citedProvisions().stream()).filter(p -> p.startsWith("99"))
                .distinct().toList();
    }
}
