package io.jointclear.courier.decisions;

import java.util.Set;

/**
 * What an officer decides on one courier consignment. RELEASE and REQUIRE_REGULAR_PEDIMENTO close the consignment's
 * simplified clearance; INSPECT and HOLD keep it open.
 */
public enum DecisionKind {
    /** Released under the global rate (or US entry) as filed. */
    RELEASE,
    /** Physical inspection (reconocimiento) before any release. */
    INSPECT,
    /** Held: the goods stay at the office until the officer decides again (documents asked, findings under review). */
    HOLD,
    /** Out of the simplified procedure: RRNA goods or over USD 2,500 per consignee; the courier files a regular pedimento. */
    REQUIRE_REGULAR_PEDIMENTO;

    /** Whether the consignment's clearance is over after this decision. */
    public boolean closes() {
        return this == RELEASE || this == REQUIRE_REGULAR_PEDIMENTO;
    }

    /** Whether findings at inspection may go with this decision (every decision taken after looking at the goods). */
    public boolean takesFindings() {
        return this != INSPECT;
    }

    /** The decisions that may follow this one. */
    Set<DecisionKind> next() {
        return switch (this) {
            case INSPECT -> Set.of(RELEASE, HOLD, REQUIRE_REGULAR_PEDIMENTO);
            case HOLD -> Set.of(RELEASE, INSPECT, REQUIRE_REGULAR_PEDIMENTO);
            case RELEASE, REQUIRE_REGULAR_PEDIMENTO -> Set.of();
        };
    }
}
