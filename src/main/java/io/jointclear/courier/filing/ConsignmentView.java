package io.jointclear.courier.filing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One stored consignment as its courier and officials read it: band, rate as a fraction (exempt → 0),
 * taxes and flags (irregularity flags come from detection; a courier sees only their outcome).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsignmentView(UUID manifestId, int index, String guide, String origin, BigDecimal valueUsd,
                              BigDecimal consigneeValueUsd, String rateBand, BigDecimal rate, String legalBasis,
                              boolean periodicPayment, List<Tax> taxes, List<Object> flags) {

    /** The same consignment with its flags as the reader may see them. */
    public ConsignmentView withFlags(List<Object> shown) {
        return new ConsignmentView(manifestId, index, guide, origin, valueUsd, consigneeValueUsd, rateBand, rate, legalBasis,
                periodicPayment, taxes, shown);
    }
}
