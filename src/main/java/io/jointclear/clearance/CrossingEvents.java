package io.jointclear.clearance;

import io.jointclear.risk.Lane;
import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Facts about crossings that other modules (inspection, statistics, …) react to. Past tense, immutable. */
public final class CrossingEvents {

    private CrossingEvents() {
    }

    /**
     * A crossing was filed (or amended) with both declarations assessed where reference data allowed.
     *
     * @param assessedTotals per authority and tax code, the amounts assessed (MXN for MX, USD for US)
     * @param valueUsd       declared value of the import side in USD
     */
    public record CrossingFiled(UUID crossingId, String direction, String mxCustomsOffice, String usPort,
                                Instant filedAt, Map<String, BigDecimal> assessedTotals, BigDecimal valueUsd,
                                String hsChapters) {
    }

    public record CrossingArrived(UUID crossingId, Instant arrivedAt) {
    }

    /** Selectivity chose a lane per authority; {@code inspectionRequired} when either is red. */
    public record LanesSelected(UUID crossingId, String mxCustomsOffice, String usPort, Map<Authority, Lane> lanes,
                                boolean inspectionRequired, Instant selectedAt) {
    }

    public record DecisionRecorded(UUID crossingId, Authority authority, Decision decision, String officer,
                                   CrossingStatus statusAfter, Instant decidedAt) {
    }

    /** Both authorities released: the truck may go. */
    public record CrossingReleased(UUID crossingId, Instant arrivedAt, Instant releasedAt) {
    }

    /** An officer referred a crossing to joint inspection without a red lane. */
    public record InspectionRequested(UUID crossingId, String mxCustomsOffice, String usPort, Authority requestedBy, Instant at) {
    }
}
