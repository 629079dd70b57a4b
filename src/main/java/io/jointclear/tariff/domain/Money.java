package io.jointclear.tariff.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding rules. Amounts are computed to the cent; Mexican contribution totals go to whole pesos. */
public final class Money {

    private Money() {
    }

    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Peso adjustment of the cuadro de liquidación (CFF art. 20, LFD art. 6): 1–50 centavos go down,
     * 51–99 go up — so exactly .50 goes DOWN, which HALF_UP would get wrong.
     */
    public static BigDecimal pesos(BigDecimal amount) {
        return cents(amount).setScale(0, RoundingMode.HALF_DOWN);
    }

    /** {@code base × percent / 100}, to the cent. */
    public static BigDecimal percentOf(BigDecimal base, BigDecimal percent) {
        return cents(base.multiply(percent).movePointLeft(2));
    }

    /** {@code base × perMille / 1000}, to the cent. */
    public static BigDecimal perMilleOf(BigDecimal base, BigDecimal perMille) {
        return cents(base.multiply(perMille).movePointLeft(3));
    }

    /** Plain text of a number without exponent or trailing zeros, for rate labels. */
    public static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
