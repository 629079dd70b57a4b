package io.jointclear.risk.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns declarations into the model's feature vectors. Party, commodity and origin risk are target
 * encodings (fraud rate of the key in the training history, with its count); training rows are
 * encoded out of fold. Values enter as logarithms and as the ratio to the HS6 median unit value.
 */
public final class DeclarationFeatures {

    static final double SMOOTHING = 10;

    /** A categorical key whose fraud history is a feature. */
    record Key(String name, Function<CustomsDeclarationRow, String> of) {
    }

    static final List<Key> KEYS = List.of(
            new Key("importer", CustomsDeclarationRow::importer),
            new Key("declarant", CustomsDeclarationRow::declarant),
            new Key("seller", CustomsDeclarationRow::seller),
            new Key("courier", CustomsDeclarationRow::courier),
            new Key("hs6", CustomsDeclarationRow::hs6),
            new Key("hs4", r -> prefix(r.hs6(), 4)),
            new Key("hs2", r -> prefix(r.hs6(), 2)),
            new Key("origin", CustomsDeclarationRow::originCountry),
            new Key("departure", CustomsDeclarationRow::departureCountry),
            new Key("office", CustomsDeclarationRow::office),
            new Key("import_type", CustomsDeclarationRow::importType),
            new Key("import_use", CustomsDeclarationRow::importUse),
            new Key("payment_type", CustomsDeclarationRow::paymentType),
            new Key("tax_type", CustomsDeclarationRow::taxType),
            new Key("process_type", CustomsDeclarationRow::processType),
            new Key("transport_mode", CustomsDeclarationRow::transportMode),
            new Key("origin_indicator", CustomsDeclarationRow::originIndicator),
            new Key("importer_hs6", r -> r.importer() + "|" + r.hs6()),
            new Key("declarant_hs6", r -> r.declarant() + "|" + r.hs6()),
            new Key("office_hs6", r -> r.office() + "|" + r.hs6()),
            new Key("origin_hs6", r -> r.originCountry() + "|" + r.hs6()),
            new Key("importer_seller", r -> r.importer() + "|" + r.seller()),
            new Key("declarant_importer", r -> r.declarant() + "|" + r.importer()),
            new Key("office_declarant", r -> r.office() + "|" + r.declarant()));

    private static final List<String> NUMERIC = List.of("tax_rate", "log_net_mass", "log_item_price", "log_unit_value",
            "unit_value_vs_hs6_median", "courier_present", "origin_differs_from_departure");

    private final List<TargetEncoding> encodings;
    private final Map<String, Double> hs6MedianLogUnitValue;
    private final List<String> names;

    private DeclarationFeatures(List<TargetEncoding> encodings, Map<String, Double> hs6MedianLogUnitValue) {
        this.encodings = encodings;
        this.hs6MedianLogUnitValue = hs6MedianLogUnitValue;
        List<String> n = new ArrayList<>();
        for (Key k : KEYS) {
            n.add(k.name() + "_fraud_rate");
            n.add(k.name() + "_count");
        }
        n.addAll(NUMERIC);
        this.names = List.copyOf(n);
    }

    /** The features fitted on a training history, plus that history's out-of-fold matrix. */
    public record Fitted(DeclarationFeatures features, float[][] trainMatrix) {
    }

    /**
     * Fits the encodings on {@code train} and encodes the training rows out of fold: the folds are a
     * deterministic function of the seed, and a row's own label never enters its own features.
     */
    public static Fitted fit(List<CustomsDeclarationRow> train, int folds, long seed) {
        int n = train.size();
        boolean[] labels = new boolean[n];
        int[] fold = new int[n];
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            labels[i] = train.get(i).fraud();
            fold[i] = random.nextInt(folds);
        }
        List<TargetEncoding> encodings = new ArrayList<>();
        float[][] matrix = new float[n][];
        int width = KEYS.size() * 2 + NUMERIC.size();
        for (int i = 0; i < n; i++) {
            matrix[i] = new float[width];
        }
        for (int k = 0; k < KEYS.size(); k++) {
            String[] keys = new String[n];
            for (int i = 0; i < n; i++) {
                keys[i] = KEYS.get(k).of().apply(train.get(i));
            }
            double[][] oof = TargetEncoding.outOfFold(keys, labels, fold, folds, SMOOTHING);
            for (int i = 0; i < n; i++) {
                matrix[i][2 * k] = (float) oof[i][0];
                matrix[i][2 * k + 1] = (float) oof[i][1];
            }
            encodings.add(TargetEncoding.fit(keys, labels, SMOOTHING));
        }
        DeclarationFeatures features = new DeclarationFeatures(encodings, medians(train));
        for (int i = 0; i < n; i++) {
            features.numeric(train.get(i), matrix[i]);
        }
        return new Fitted(features, matrix);
    }

    /** Features of a declaration not in the training history. */
    public float[] encode(CustomsDeclarationRow row) {
        float[] v = new float[names.size()];
        for (int k = 0; k < KEYS.size(); k++) {
            double[] e = encodings.get(k).encode(KEYS.get(k).of().apply(row));
            v[2 * k] = (float) e[0];
            v[2 * k + 1] = (float) e[1];
        }
        numeric(row, v);
        return v;
    }

    public float[][] encode(List<CustomsDeclarationRow> rows) {
        float[][] m = new float[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            m[i] = encode(rows.get(i));
        }
        return m;
    }

    public List<String> names() {
        return names;
    }

    private void numeric(CustomsDeclarationRow r, float[] v) {
        int o = KEYS.size() * 2;
        double logUnit = r.netMass() > 0 && r.price() > 0 ? Math.log(r.price() / r.netMass()) : Double.NaN;
        Double median = hs6MedianLogUnitValue.get(r.hs6());
        v[o] = (float) r.taxPercent();
        v[o + 1] = (float) Math.log1p(Math.max(0, r.netMass()));
        v[o + 2] = (float) Math.log1p(Math.max(0, r.price()));
        v[o + 3] = (float) logUnit;
        v[o + 4] = median == null || Double.isNaN(logUnit) ? Float.NaN : (float) (logUnit - median);
        v[o + 5] = r.courier().isEmpty() ? 0 : 1;
        v[o + 6] = r.originCountry().equals(r.departureCountry()) ? 0 : 1;
    }

    /** Median log unit value per HS6 over the training history (label-free, so no out-of-fold needed). */
    private static Map<String, Double> medians(List<CustomsDeclarationRow> rows) {
        Map<String, List<Double>> by = new HashMap<>();
        for (CustomsDeclarationRow r : rows) {
            if (r.netMass() > 0 && r.price() > 0) {
                by.computeIfAbsent(r.hs6(), h -> new ArrayList<>()).add(Math.log(r.price() / r.netMass()));
            }
        }
        Map<String, Double> out = new HashMap<>();
        by.forEach((hs6, values) -> {
            values.sort(null);
            int m = values.size();
            out.put(hs6, m % 2 == 1 ? values.get(m / 2) : (values.get(m / 2 - 1) + values.get(m / 2)) / 2);
        });
        return out;
    }

    private static String prefix(String code, int digits) {
        return code.length() >= digits ? code.substring(0, digits) : code;
    }
}
