package io.jointclear.courier.filing;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jointclear.courier.decisions.DecisionView;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One stored consignment as its courier and officials read it: band, rate as a fraction (exempt → 0),
 * taxes and flags (irregularity flags come from detection; a courier sees only their outcome), the risk engine's
 * lane and reasons for a flagged one (officials only) and the officer's current decision.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsignmentView(UUID manifestId, int index, String guide, String origin, BigDecimal valueUsd,
                              BigDecimal consigneeValueUsd, String rateBand, BigDecimal rate, String legalBasis,
                              boolean periodicPayment, List<Tax> taxes, List<Object> flags, String lane, String selectionReasons,
                              DecisionView decision) {

    /** The same consignment as the reader may see it: its flags shown, lane and reasons only for officials. */
    public ConsignmentView shownAs(List<Object> shown, boolean official, DecisionView current) {
        return new ConsignmentView(manifestId, index, guide, origin, valueUsd, consigneeValueUsd, rateBand, rate, legalBasis,
                periodicPayment, taxes, shown, official ? lane : null, official ? selectionReasons : null, current);
    }
}
