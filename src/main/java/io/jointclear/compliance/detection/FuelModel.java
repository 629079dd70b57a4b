package io.jointclear.compliance.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The learned part of the detector: a multinomial logistic regression (three classes: CLEAN, GASOLINE,
 * DIESEL) over binary features — description words, the rules that fired, transport, padrón status,
 * declared heading, binned unit value against the fuel and heading references, quantity and lab figures.
 * Trained by stochastic gradient descent with L2 regularisation in a fixed order drawn from {@code seed}:
 * the same labelled lines and seed always give the same model.
 */
public final class FuelModel {

    public static final String CLEAN = "CLEAN";
    static final List<String> CLASSES = List.of(CLEAN, FuelFamily.GASOLINE.name(), FuelFamily.DIESEL.name());
    private static final int EPOCHS = 25;
    private static final double STEP = 0.2;
    private static final double L2 = 1e-5;

    private final Map<String, Integer> index;
    private final double[][] weights;
    private final FuelPriceReference prices;
    private final int trainedOn;

    private FuelModel(Map<String, Integer> index, double[][] weights, FuelPriceReference prices, int trainedOn) {
        this.index = index;
        this.weights = weights;
        this.prices = prices;
        this.trainedOn = trainedOn;
    }

    public FuelPriceReference prices() {
        return prices;
    }

    public int trainedOn() {
        return trainedOn;
    }

    public static FuelModel train(List<LabelledLine> lines, long seed) {
        FuelPriceReference prices = FuelPriceReference.from(lines);
        Map<String, Integer> index = new HashMap<>();
        List<int[]> rows = new ArrayList<>(lines.size());
        int[] targets = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            LabelledLine l = lines.get(i);
            Set<String> f = features(l.line(), prices, FuelRules.evaluate(l.line(), prices));
            rows.add(f.stream().mapToInt(k -> index.computeIfAbsent(k, x -> index.size())).toArray());
            targets[i] = CLASSES.indexOf(l.modelClass());
        }
        double[][] w = new double[CLASSES.size()][index.size()];
        int[] order = new int[rows.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            shuffle(order, random);
            double rate = STEP / (1 + epoch * 0.2);
            for (int i : order) {
                step(w, rows.get(i), targets[i], rate);
            }
        }
        return new FuelModel(Map.copyOf(index), w, prices, lines.size());
    }

    private static void step(double[][] w, int[] x, int target, double rate) {
        double[] p = softmax(scores(w, x));
        for (int c = 0; c < w.length; c++) {
            double g = p[c] - (c == target ? 1 : 0);
            for (int j : x) {
                w[c][j] -= rate * (g + L2 * w[c][j]);
            }
        }
    }

    /** Class probabilities and the features that pushed the line most towards its likeliest fuel. */
    public Prediction predict(DeclaredLine line, List<Evidence> evidence) {
        Set<String> f = features(line, prices, evidence);
        int[] x = f.stream().filter(index::containsKey).mapToInt(index::get).toArray();
        double[] p = softmax(scores(weights, x));
        int fuel = p[1] >= p[2] ? 1 : 2;
        List<String> known = f.stream().filter(index::containsKey).toList();
        List<String> top = known.stream()
                .sorted(Comparator.comparingDouble((String k) -> -(weights[fuel][index.get(k)] - weights[0][index.get(k)])))
                .filter(k -> weights[fuel][index.get(k)] - weights[0][index.get(k)] > 0)
                .limit(3).toList();
        return new Prediction(p[0], p[1], p[2], top);
    }

    /** @param topFeatures the model's own words for why (feature names), strongest first */
    public record Prediction(double clean, double gasoline, double diesel, List<String> topFeatures) {

        public double misclassified() {
            return 1 - clean;
        }

        public FuelFamily likeliestFuel() {
            return gasoline >= diesel ? FuelFamily.GASOLINE : FuelFamily.DIESEL;
        }
    }

    static Set<String> features(DeclaredLine line, FuelPriceReference prices, List<Evidence> evidence) {
        Set<String> f = new LinkedHashSet<>();
        f.add("bias");
        for (String t : DescriptionWords.tokens(line.description())) {
            f.add("w:" + t);
        }
        FuelFamily named = DescriptionWords.namedFuel(line.description());
        f.add("named:" + (named == null ? "-" : named.name()));
        FuelFamily purpose = DescriptionWords.purposeFuel(line.description());
        if (purpose != null) {
            f.add("purpose:" + purpose.name());
        }
        for (Evidence e : evidence) {
            f.add("rule:" + e.code());
            f.add("rule:" + e.code() + ":" + e.family());
        }
        String tr = line.transport() == null ? "?" : line.transport().name();
        String hd = line.heading();
        f.add("tr:" + tr);
        f.add("s13:" + line.importerSector13());
        f.add("hd:" + hd);
        f.add("ch:" + hd.substring(0, 2));
        f.add("hd:" + hd + "|tr:" + tr);
        f.add("s13:" + line.importerSector13() + "|tr:" + tr);
        values(line, prices, hd, f);
        lab(line, f);
        return f;
    }

    private static void values(DeclaredLine line, FuelPriceReference prices, String hd, Set<String> f) {
        Double uv = line.usdPerLitre(FuelFamily.DIESEL);
        if (uv != null && uv > 0) {
            f.add("uv:" + bin(Math.log(uv), 0.2));
            f.add("hd:" + hd + "|uv:" + bin(Math.log(uv), 0.25));
        }
        FuelPriceReference.Comparison c = prices.compare(line);
        if (c != null) {
            f.add("uvf:" + bin(Math.max(-1.5, Math.min(1.5, c.logToFuel())), 0.15));
            f.add("uvh:" + bin(Math.max(-2, Math.min(2, c.logToHeading())), 0.2));
        } else {
            f.add("uvh:none");
        }
        double litres = FuelRules.litres(line).doubleValue();
        f.add("l:" + (litres <= 0 ? "0" : String.valueOf((int) Math.floor(Math.log10(litres) * 2))));
    }

    private static void lab(DeclaredLine line, Set<String> f) {
        if (!line.hasLab()) {
            f.add("lab:none");
            return;
        }
        if (line.densityKgL() != null) {
            f.add("dens:" + bin(line.densityKgL().doubleValue(), 0.015));
        }
        if (line.distill90C() != null) {
            f.add("t90:" + bin(line.distill90C().doubleValue(), 25));
        }
        if (line.sulfurPpm() != null) {
            f.add("sulf:" + bin(Math.log10(1 + line.sulfurPpm().doubleValue()), 0.5));
        }
    }

    private static String bin(double v, double width) {
        return String.format(Locale.ROOT, "%d", (long) Math.floor(v / width));
    }

    private static double[] scores(double[][] w, int[] x) {
        double[] s = new double[w.length];
        for (int c = 0; c < w.length; c++) {
            for (int j : x) {
                s[c] += w[c][j];
            }
        }
        return s;
    }

    private static double[] softmax(double[] s) {
        double max = Math.max(s[0], Math.max(s[1], s[2]));
        double sum = 0;
        double[] p = new double[s.length];
        for (int c = 0; c < s.length; c++) {
            p[c] = Math.exp(s[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < s.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
