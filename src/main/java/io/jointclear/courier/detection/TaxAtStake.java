package io.jointclear.courier.detection;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * The contributions the irregularity would avoid on this consignment: the rate it should pay minus the rate it
 * paid ({@code rateDifference}, a fraction) on the base in USD and in pesos; {@code null} amounts with a
 * {@code note} where no global-rate difference can be computed (the goods need a regular pedimento).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaxAtStake(BigDecimal rateDifference, BigDecimal baseUsd, BigDecimal amountUsd, BigDecimal amountMxn, String note) {

    /** Why no amount: the goods leave the global rate for a regular pedimento assessed line by line. */
    public static final String REGULAR_PEDIMENTO = "REGULAR_PEDIMENTO";
    /** Why no amount: the irregularity hides what the goods are, not a rate. */
    public static final String NOT_A_RATE = "NOT_A_RATE";
}
