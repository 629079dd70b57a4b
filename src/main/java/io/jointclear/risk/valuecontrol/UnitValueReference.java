package io.jointclear.risk.valuecontrol;

import java.math.BigDecimal;

/**
 * The reference unit value of a commodity learned from accepted declarations: median and quartiles
 * of the USD unit value, and the median absolute deviation of its logarithm (robust to the very
 * outliers it is meant to catch).
 *
 * @param key     what it is the reference of: {@code hs6|origin|unit}, origin {@code *} when pooled
 * @param samples number of accepted declarations it was learned from
 */
public record UnitValueReference(String key, int samples, BigDecimal median, BigDecimal lowerQuartile,
                                 BigDecimal upperQuartile, double logMedian, double logMad) {

    /** Scale factor making the MAD a consistent estimator of the standard deviation of a normal law. */
    static final double MAD_TO_SIGMA = 1.4826;

    /** Robust z-score of a unit value's logarithm; ±infinity-safe, NaN when the MAD is zero. */
    public double robustZ(double unitValue) {
        double sigma = MAD_TO_SIGMA * logMad;
        if (sigma <= 0 || unitValue <= 0) {
            return Double.NaN;
        }
        return (Math.log(unitValue) - logMedian) / sigma;
    }

    /** Reference range shown to the officer: interquartile range around the median. */
    public String describe() {
        return "median USD " + median.toPlainString() + " per unit (IQR " + lowerQuartile.toPlainString() + "–"
                + upperQuartile.toPlainString() + ", " + samples + " accepted declarations, " + key + ")";
    }
}
