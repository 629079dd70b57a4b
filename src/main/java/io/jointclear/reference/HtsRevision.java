package io.jointclear.reference;

import java.time.LocalDate;
import java.util.List;
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
 * @param chapter99Changes    for an imported revision, what it changed in chapter 99 and the measure
 *                            rows to review (shipped revisions: empty, their rows are generated from them)
 */
public record HtsRevision(String revision, LocalDate validFrom, Optional<LocalDate> validTo, Optional<LocalDate> published,
                          String origin, int lines, int added, int changed, int removed,
                          List<Chapter99Change> chapter99Changes) {

    public HtsRevision {
        chapter99Changes = chapter99Changes == null ? List.of() : List.copyOf(chapter99Changes);
    }

    public HtsRevision withChanges(List<Chapter99Change> worded) {
        return new HtsRevision(revision, validFrom, validTo, published, origin, lines, added, changed, removed, worded);
    }
}
