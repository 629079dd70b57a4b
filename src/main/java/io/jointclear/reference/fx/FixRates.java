package io.jointclear.reference.fx;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Banco de México publishes the FIX with four decimals; the shipped file dropped trailing zeros. */
final class FixRates {

    private FixRates() {
    }

    /** The rate with its published four decimals; a value with more decimals is not a FIX. */
    static BigDecimal published(BigDecimal rate) {
        if (rate.stripTrailingZeros().scale() > 4) {
            throw new IllegalArgumentException("a FIX has at most 4 decimals, got " + rate.toPlainString());
        }
        return rate.setScale(4, RoundingMode.UNNECESSARY);
    }
}
