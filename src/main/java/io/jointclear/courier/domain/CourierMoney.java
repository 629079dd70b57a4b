package io.jointclear.courier.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding of courier contributions. */
public final class CourierMoney {

    private CourierMoney() {
    }

    /** An amount to the cent, half up. */
    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * A peso amount for payment: whole pesos, 1–50 centavos down and 51–99 up (CFF art. 20, LFD art. 6).
     * The amount is first taken to the cent.
     */
    public static BigDecimal wholePesos(BigDecimal amount) {
        return cents(amount).setScale(0, RoundingMode.HALF_DOWN);
    }
}
