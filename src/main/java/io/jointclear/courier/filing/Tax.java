package io.jointclear.courier.filing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * One contribution of a consignment: the global rate ({@code TASA_GLOBAL}, in USD on the customs value in
 * USD, with its peso amount on the value in pesos at the FIX), the DTA fixed quota of exempt goods (MXN), or
 * a US duty/fee from the assessment engine (USD). {@code legalBasis} only where it differs from the
 * consignment's own (the DTA of an exempt consignment).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Tax(String code, BigDecimal amount, String currency, BigDecimal amountMxn, String legalBasis) {

    public static final String TASA_GLOBAL = "TASA_GLOBAL";
    public static final String DTA = "DTA";
}
