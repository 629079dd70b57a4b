package io.jointclear.risk.valuecontrol;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reference unit values per HS6 + origin + unit (falling back to HS6 + unit over every origin),
 * learned from accepted declarations with robust statistics. A unit value is flagged when its log
 * lies more than {@code zLimit} robust standard deviations from the reference's log median, or —
 * when the reference has no spread — when it is below {@code 1/ratioLimit} or above
 * {@code ratioLimit} times the median (art. 151 LA fr. VII: ≥ 50 % below identical goods).
 * Thread-safe; statistics are recomputed lazily after new observations.
 */
public final class ValueReferences {

    public static final int MIN_SAMPLES = 5;
    private static final double Z_LIMIT = 3.0;
    private static final double RATIO_LIMIT = 2.0;

    private final Map<String, Samples> samples = new ConcurrentHashMap<>();

    private static final class Samples {
        private double[] values = new double[8];
        private int size;
        private volatile UnitValueReference reference;

        synchronized void add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
            reference = null;
        }

        UnitValueReference reference(String key) {
            UnitValueReference r = reference;
            if (r == null) {
                synchronized (this) {
                    if (reference == null) {
                        reference = compute(key, Arrays.copyOf(values, size));
                    }
                    r = reference;
                }
            }
            return r;
        }
    }

    /** Learns one accepted line. Non-positive values and unknown units are ignored. */
    public void learn(String tariffCode, String origin, String unit, BigDecimal unitValueUsd) {
        if (tariffCode == null || tariffCode.length() < 6 || unit == null || unitValueUsd == null || unitValueUsd.signum() <= 0) {
            return;
        }
        String hs6 = tariffCode.substring(0, 6);
        double v = unitValueUsd.doubleValue();
        samples.computeIfAbsent(key(hs6, origin == null ? "*" : origin, unit), k -> new Samples()).add(v);
        samples.computeIfAbsent(key(hs6, "*", unit), k -> new Samples()).add(v);
    }

    /** The most specific reference with enough samples: HS6 + origin + unit, else HS6 + unit. */
    public Optional<UnitValueReference> reference(String tariffCode, String origin, String unit) {
        if (tariffCode == null || tariffCode.length() < 6 || unit == null) {
            return Optional.empty();
        }
        String hs6 = tariffCode.substring(0, 6);
        for (String key : origin == null ? List.of(key(hs6, "*", unit)) : List.of(key(hs6, origin, unit), key(hs6, "*", unit))) {
            Samples s = samples.get(key);
            if (s != null && s.size >= MIN_SAMPLES) {
                return Optional.of(s.reference(key));
            }
        }
        return Optional.empty();
    }

    public Optional<ValueFlag> check(String tariffCode, String origin, String unit, BigDecimal unitValueUsd) {
        if (unitValueUsd == null || unitValueUsd.signum() <= 0) {
            return Optional.empty();
        }
        return reference(tariffCode, origin, unit).flatMap(ref -> flag(ref, unitValueUsd));
    }

    static Optional<ValueFlag> flag(UnitValueReference ref, BigDecimal unitValueUsd) {
        double v = unitValueUsd.doubleValue();
        double ratio = v / ref.median().doubleValue();
        double z = ref.robustZ(v);
        boolean under;
        boolean over;
        if (Double.isNaN(z)) {
            under = ratio < 1 / RATIO_LIMIT;
            over = ratio > RATIO_LIMIT;
        } else {
            under = z < -Z_LIMIT;
            over = z > Z_LIMIT;
        }
        if (under || over) {
            return Optional.of(new ValueFlag(under ? ValueFlag.Kind.UNDER : ValueFlag.Kind.OVER, unitValueUsd, ref, z, ratio));
        }
        return Optional.empty();
    }

    public int keys() {
        return samples.size();
    }

    static UnitValueReference compute(String key, double[] values) {
        Arrays.sort(values);
        double[] logs = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            logs[i] = Math.log(values[i]);
        }
        double logMedian = quantile(logs, 0.5);
        double[] deviations = new double[logs.length];
        for (int i = 0; i < logs.length; i++) {
            deviations[i] = Math.abs(logs[i] - logMedian);
        }
        Arrays.sort(deviations);
        return new UnitValueReference(key, values.length, money(quantile(values, 0.5)), money(quantile(values, 0.25)),
                money(quantile(values, 0.75)), logMedian, quantile(deviations, 0.5));
    }

    /** Linear-interpolation quantile of sorted values (type 7, as R and NumPy default). */
    static double quantile(double[] sorted, double p) {
        if (sorted.length == 1) {
            return sorted[0];
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static BigDecimal money(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static String key(String hs6, String origin, String unit) {
        return hs6 + "|" + origin + "|" + unit;
    }

    /** Every reference with enough samples (for the admin view). */
    public List<UnitValueReference> all() {
        List<UnitValueReference> out = new ArrayList<>();
        samples.forEach((k, s) -> {
            if (s.size >= MIN_SAMPLES) {
                out.add(s.reference(k));
            }
        });
        out.sort(java.util.Comparator.comparing(UnitValueReference::key));
        return out;
    }
}
