package io.jointclear.clearance;

import io.jointclear.risk.Lane;
import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * Facts about crossings that other modules (inspection, statistics, …) react to. Past tense, immutable.
 * With Kafka configured each goes to its topic keyed by the crossing id (docs/events.md): the topic
 * names and the JSON fields are a contract — add fields, never rename them.
 */
public final class CrossingEvents {

    private CrossingEvents() {
    }

    /**
     * A crossing was filed (or amended) with both declarations assessed where reference data allowed.
     *
     * @param assessedTotals per authority and tax code, the amounts assessed (MXN for MX, USD for US)
     * @param valueUsd       declared value of the import side in USD
     */
    @Externalized("jointclear.clearance.crossing-filed.v1::#{crossingId()}")
    public record CrossingFiled(UUID crossingId, String direction, String mxCustomsOffice, String usPort,
                                Instant filedAt, Map<String, BigDecimal> assessedTotals, BigDecimal valueUsd,
                                String hsChapters) {
    }

    @Externalized("jointclear.clearance.crossing-arrived.v1::#{crossingId()}")
    public record CrossingArrived(UUID crossingId, Instant arrivedAt) {
    }

    /** Selectivity chose a lane per authority; {@code inspectionRequired} when either is red. */
    @Externalized("jointclear.clearance.lanes-selected.v1::#{crossingId()}")
    public record LanesSelected(UUID crossingId, String mxCustomsOffice, String usPort, Map<Authority, Lane> lanes,
                                boolean inspectionRequired, Instant selectedAt) {
    }

    @Externalized("jointclear.clearance.decision-recorded.v1::#{crossingId()}")
    public record DecisionRecorded(UUID crossingId, Authority authority, Decision decision, String officer,
                                   CrossingStatus statusAfter, Instant decidedAt) {
    }

    /** Both authorities released: the truck may go. */
    @Externalized("jointclear.clearance.crossing-released.v1::#{crossingId()}")
    public record CrossingReleased(UUID crossingId, Instant arrivedAt, Instant releasedAt) {
    }

    /** An officer referred a crossing to joint inspection without a red lane. */
    @Externalized("jointclear.clearance.inspection-requested.v1::#{crossingId()}")
    public record InspectionRequested(UUID crossingId, String mxCustomsOffice, String usPort, Authority requestedBy, Instant at) {
    }
}
