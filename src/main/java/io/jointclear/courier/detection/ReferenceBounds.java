package io.jointclear.courier.detection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Learns the range of value per kilogram of a reference key (HS6 or description class) from what inspections found.
 * Robust to the odd outlier: Tukey's fences on the logarithm of USD per kg (values per kg spread multiplicatively),
 * exp(Q1 − k·IQR) to exp(Q3 + k·IQR) with k = 1.5, and nothing below a minimum sample.
 */
public final class ReferenceBounds {

    /** Tukey's fence multiplier. */
    static final double FENCE = 1.5;
    private static final double ROUND_TRIP = 1e-9;

    private ReferenceBounds() {
    }

    /** The reference, or empty when fewer than {@code minSample} usable observations (value ≥ 0, weight > 0). */
    public static Optional<ValueReference> of(String key, List<BigDecimal[]> valueAndWeight, int minSample) {
        double[] logs = valueAndWeight.stream()
                .filter(o -> o[0] != null && o[1] != null && o[0].signum() > 0 && o[1].signum() > 0)
                .mapToDouble(o -> Math.log(o[0].doubleValue() / o[1].doubleValue())).sorted().toArray();
        if (logs.length < Math.max(1, minSample)) {
            return Optional.empty();
        }
        double q1 = quantile(logs, 0.25);
        double q3 = quantile(logs, 0.75);
        double iqr = q3 - q1;
        // to the cent, outwards; the logarithm's round trip (exp(ln 20) = 19.999…) is not allowed to move a bound a cent
        BigDecimal min = BigDecimal.valueOf(Math.exp(q1 - FENCE * iqr) + ROUND_TRIP).setScale(2, RoundingMode.FLOOR);
        BigDecimal max = BigDecimal.valueOf(Math.exp(q3 + FENCE * iqr) - ROUND_TRIP).setScale(2, RoundingMode.CEILING);
        return Optional.of(new ValueReference(key, min, max.max(min), logs.length));
    }

    /** Linear interpolation between order statistics (type 7, as R and NumPy by default). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

}
