package io.jointclear.reference;

import java.util.List;

/**
 * What an imported HTSUS revision changes in chapter 99, and whether the loaded measure rows follow:
 * the chapter-99 measure rows are generated offline from the shipped revisions and do not move with
 * an import, so the administrator is told which to review.
 *
 * @param kind      {@code HEADING_ADDED}, {@code HEADING_REMOVED}, {@code RATE_TEXT_CHANGED},
 *                  {@code SCOPE_GREW} (more lines cite the heading in a footnote) or {@code SCOPE_SHRANK}
 * @param heading   the chapter-99 heading as printed, e.g. {@code 9903.01.01}
 * @param before    the rate text before (empty when added); for a scope change, the number of citing lines before
 * @param after     the rate text after (empty when removed); for a scope change, the number after
 * @param codes     for a scope change, the 10-digit lines that started or stopped citing the heading
 * @param measures  rule ids of the loaded measure rows of the heading in force on the revision's date
 * @param uncovered of {@code codes} (scope grew) the lines no row of the heading covers; for an added
 *                  heading without rows, the heading itself
 * @param review    whether a measure row should be added, changed or closed
 * @param message   the change in words, in the reader's language (filled when answered)
 */
public record Chapter99Change(String kind, String heading, String before, String after, List<String> codes,
                              List<String> measures, List<String> uncovered, boolean review, String message) {

    public Chapter99Change {
        codes = codes == null ? List.of() : List.copyOf(codes);
        measures = measures == null ? List.of() : List.copyOf(measures);
        uncovered = uncovered == null ? List.of() : List.copyOf(uncovered);
    }

    public Chapter99Change worded(String text) {
        return new Chapter99Change(kind, heading, before, after, codes, measures, uncovered, review, text);
    }
}
