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

    /**
     * Shares {@code total} (cents) over {@code weights} pro rata, each share to the cent, never negative,
     * summing exactly to the total: shares are rounded down, then the cents left over go to the largest
     * remainders (rounding every share half-up could hand out more than the total).
     */
    public static BigDecimal[] prorate(BigDecimal total, BigDecimal[] weights) {
        int n = weights.length;
        BigDecimal[] shares = new BigDecimal[n];
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            sum = sum.add(w);
        }
        if (sum.signum() == 0) {
            java.util.Arrays.fill(shares, BigDecimal.ZERO.setScale(2));
            if (n > 0) {
                shares[n - 1] = cents(total);
            }
            return shares;
        }
        BigDecimal[] remainders = new BigDecimal[n];
        BigDecimal allocated = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal exact = total.multiply(weights[i]).divide(sum, 12, RoundingMode.HALF_UP);
            shares[i] = exact.setScale(2, RoundingMode.DOWN);
            remainders[i] = exact.subtract(shares[i]);
            allocated = allocated.add(shares[i]);
        }
        long leftCents = cents(total).subtract(allocated).movePointRight(2).longValueExact();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> remainders[b].compareTo(remainders[a]));
        for (int k = 0; k < leftCents; k++) {
            int i = order[k % n];
            shares[i] = shares[i].add(new BigDecimal("0.01"));
        }
        return shares;
    }

    /** Plain text of a number without exponent or trailing zeros, for rate labels. */
    public static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
