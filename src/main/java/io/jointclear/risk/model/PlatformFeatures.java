package io.jointclear.risk.model;

import io.jointclear.risk.SelectionRequest.LineFacts;
import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Feature vectors of platform declarations (what {@code SelectionRequest} carries). Party, HS and
 * origin risk are target encodings of the journal's inspection outcomes (hit rate and count of the
 * key); training rows are encoded out of fold so a row's own label never enters its features.
 */
public final class PlatformFeatures {

    static final double SMOOTHING = 10;
    private static final Set<String> PHYSICAL = Set.of("HS6_MISMATCH", "QUANTITY_MISMATCH", "ORIGIN_MISMATCH", "UNMATCHED_LINE");

    /** A categorical key whose inspection history is a feature; null keys share one bucket. */
    record Key(String name, Function<PlatformCase, String> of) {
    }

    static final List<Key> KEYS = List.of(
            new Key("party", c -> c.authority() + "|" + c.declaration().partyTaxId()),
            new Key("hs_chapter", c -> hs(c, 2)),
            new Key("hs_heading", c -> hs(c, 4)),
            new Key("origin", c -> origin(c)),
            new Key("origin_heading", c -> origin(c) + "|" + hs(c, 4)),
            new Key("declaration_type", c -> c.authority() + "|" + c.declaration().type()));

    static final List<String> NUMERIC = List.of("authority_us", "lines", "log_value_usd", "unit_value_vs_reference",
            "ad_cvd", "preference_claimed", "certifications", "cross_checks", "cross_check_physical", "fast_driver");

    private final List<TargetEncoding> encodings;
    private final Map<String, Double> referenceLogUnitValue;
    private final List<String> names;

    private PlatformFeatures(List<TargetEncoding> encodings, Map<String, Double> referenceLogUnitValue) {
        this.encodings = encodings;
        this.referenceLogUnitValue = referenceLogUnitValue;
        List<String> n = new ArrayList<>();
        for (Key k : KEYS) {
            n.add(k.name() + "_hit_rate");
            n.add(k.name() + "_inspections");
        }
        n.addAll(NUMERIC);
        this.names = List.copyOf(n);
    }

    /** The fitted features plus the out-of-fold matrix of the labelled rows they were fitted on. */
    public record Fitted(PlatformFeatures features, float[][] trainMatrix) {
    }

    /** What a stored model needs to encode new declarations: the encodings and the value references. */
    public record State(List<TargetEncoding.Snapshot> encodings, Map<String, Double> referenceLogUnitValue) {
    }

    /**
     * Fits on labelled cases (every {@code hit} non-null): folds are a deterministic function of the
     * seed and a row's own label never enters its own features. Unit-value references are medians over
     * the same rows' lines (label-free).
     */
    public static Fitted fit(List<PlatformCase> labelled, int folds, long seed) {
        int n = labelled.size();
        boolean[] labels = new boolean[n];
        int[] fold = new int[n];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            labels[i] = labelled.get(i).hit();
            fold[i] = random.nextInt(folds);
        }
        float[][] matrix = new float[n][KEYS.size() * 2 + NUMERIC.size()];
        List<TargetEncoding> encodings = new ArrayList<>();
        for (int k = 0; k < KEYS.size(); k++) {
            String[] keys = new String[n];
            for (int i = 0; i < n; i++) {
                keys[i] = KEYS.get(k).of().apply(labelled.get(i));
            }
            double[][] oof = TargetEncoding.outOfFold(keys, labels, fold, folds, SMOOTHING);
            for (int i = 0; i < n; i++) {
                matrix[i][2 * k] = (float) oof[i][0];
                matrix[i][2 * k + 1] = (float) oof[i][1];
            }
            encodings.add(TargetEncoding.fit(keys, labels, SMOOTHING));
        }
        PlatformFeatures features = new PlatformFeatures(encodings, references(labelled));
        for (int i = 0; i < n; i++) {
            features.numeric(labelled.get(i), matrix[i]);
        }
        return new Fitted(features, matrix);
    }

    public static PlatformFeatures of(State state) {
        return new PlatformFeatures(state.encodings().stream().map(TargetEncoding::of).toList(),
                new HashMap<>(state.referenceLogUnitValue()));
    }

    public State state() {
        return new State(encodings.stream().map(TargetEncoding::snapshot).toList(), new TreeMap<>(referenceLogUnitValue));
    }

    /** Features of a declaration not trained on (a later period, a live selection). */
    public float[] encode(PlatformCase c) {
        float[] v = new float[names.size()];
        for (int k = 0; k < KEYS.size(); k++) {
            double[] e = encodings.get(k).encode(KEYS.get(k).of().apply(c));
            v[2 * k] = (float) e[0];
            v[2 * k + 1] = (float) e[1];
        }
        numeric(c, v);
        return v;
    }

    public List<String> names() {
        return names;
    }

    /** A feature's value as shown to the officer: the key it encodes, or the number. */
    String describe(PlatformCase c, int feature, float value) {
        return described(c, feature, value).text();
    }

    /** A feature's value in English and as a message key with its arguments (null key: a plain number). */
    record Described(String text, String messageCode, List<String> args) {
    }

    Described described(PlatformCase c, int feature, float value) {
        if (feature < KEYS.size() * 2) {
            String key = KEYS.get(feature / 2).of().apply(c);
            if (feature % 2 == 0) {
                String rate = String.format(Locale.ROOT, "%.2f", value);
                return new Described(key + ": hit rate " + rate, "risk.value.hitRate", List.of(key, rate));
            }
            String n = Integer.toString((int) value);
            return new Described(key + ": " + n + " labelled", "risk.value.labelled", List.of(key, n));
        }
        return Float.isNaN(value) ? new Described("unknown", "risk.value.unknown", List.of())
                : new Described(String.format(Locale.ROOT, "%.3g", value), null, List.of());
    }

    private void numeric(PlatformCase c, float[] v) {
        int o = KEYS.size() * 2;
        List<LineFacts> lines = c.declaration().lines();
        double total = 0;
        boolean adCvd = false;
        boolean preference = false;
        for (LineFacts l : lines) {
            total += l.valueUsd() == null ? 0 : l.valueUsd().doubleValue();
            adCvd |= !l.adCvdCases().isEmpty();
            preference |= l.preference() != null && !l.preference().isBlank();
        }
        v[o] = c.authority() == Authority.US ? 1 : 0;
        v[o + 1] = lines.size();
        v[o + 2] = (float) Math.log1p(Math.max(0, total));
        v[o + 3] = unitValueVsReference(c.mainLine());
        v[o + 4] = adCvd ? 1 : 0;
        v[o + 5] = preference ? 1 : 0;
        v[o + 6] = c.declaration().certifications().size();
        v[o + 7] = c.crossCheckKinds().size();
        v[o + 8] = c.crossCheckKinds().stream().anyMatch(PHYSICAL::contains) ? 1 : 0;
        v[o + 9] = c.fastDriver() ? 1 : 0;
    }

    /** ln(declared unit value) − ln(reference median) for the HS6 and unit; NaN when either is unknown. */
    private float unitValueVsReference(LineFacts line) {
        Double logUnit = logUnitValue(line);
        Double reference = logUnit == null ? null : referenceLogUnitValue.get(referenceKey(line));
        return reference == null ? Float.NaN : (float) (logUnit - reference);
    }

    private static Map<String, Double> references(List<PlatformCase> cases) {
        Map<String, List<Double>> by = new TreeMap<>();
        for (PlatformCase c : cases) {
            for (LineFacts l : c.declaration().lines()) {
                Double logUnit = logUnitValue(l);
                if (logUnit != null) {
                    by.computeIfAbsent(referenceKey(l), k -> new ArrayList<>()).add(logUnit);
                }
            }
        }
        Map<String, Double> out = new TreeMap<>();
        by.forEach((key, values) -> {
            values.sort(null);
            int m = values.size();
            out.put(key, m % 2 == 1 ? values.get(m / 2) : (values.get(m / 2 - 1) + values.get(m / 2)) / 2);
        });
        return out;
    }

    private static Double logUnitValue(LineFacts line) {
        BigDecimal uv = line == null ? null : line.unitValueUsd();
        return uv == null || uv.signum() <= 0 ? null : Math.log(uv.doubleValue());
    }

    private static String referenceKey(LineFacts l) {
        return prefix(l.tariffCode(), 6) + "|" + l.unit();
    }

    private static String hs(PlatformCase c, int digits) {
        LineFacts l = c.mainLine();
        return l == null ? "-" : prefix(l.tariffCode(), digits);
    }

    private static String origin(PlatformCase c) {
        LineFacts l = c.mainLine();
        return l == null || l.origin() == null ? "-" : l.origin();
    }

    private static String prefix(String code, int digits) {
        if (code == null) {
            return "-";
        }
        String digitsOnly = code.replace(".", "");
        return digitsOnly.length() >= digits ? digitsOnly.substring(0, digits) : digitsOnly;
    }
}
