package io.jointclear.audit.chain;

import java.util.Comparator;

/** Keeps the first problem of a verification: lowest position, then {@link ChainProblem} order. */
final class Findings {

    /** One problem; {@code position} null when it has none (an unreadable file line sorts last). */
    record Finding(ChainProblem problem, Long position, Long entryId, String reason) {
    }

    private static final Comparator<Finding> FIRST = Comparator
            .comparing((Finding f) -> f.position() == null ? Long.MAX_VALUE : f.position())
            .thenComparing(Finding::problem);

    private Finding first;

    void add(ChainProblem problem, Long position, Long entryId, String reason) {
        Finding finding = new Finding(problem, position, entryId, reason);
        if (first == null || FIRST.compare(finding, first) < 0) {
            first = finding;
        }
    }

    Finding first() {
        return first;
    }
}
