package io.jointclear.reference;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An HTSUS revision loaded into the tariff history.
 *
 * @param revision            id, e.g. {@code 2025_basic}, {@code 2025_rev_3}, {@code 2026_rev_10}
 * @param validFrom           the day its lines start to apply to entries
 * @param validTo             the day before the next revision, empty for the latest
 * @param published           the day its text took effect, when known (USITC "effective date")
 * @param origin              {@code shipped} with the platform or {@code import}ed by an administrator
 * @param lines               lines it prints
 * @param added               lines it added to the previous revision
 * @param changed             lines whose texts or footnotes it changed
 * @param removed             lines of the previous revision it no longer prints
 */
public record HtsRevision(String revision, LocalDate validFrom, Optional<LocalDate> validTo, Optional<LocalDate> published,
                          String origin, int lines, int added, int changed, int removed) {
}
