package io.jointclear.compliance.detection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Unit values (USD per litre) to compare a declaration with: the median of the labelled fuel lines of each
 * family, and the median of the correctly declared lines of each heading. No published fuel price series
 * is shipped (none is in the project's data): the references are the platform's own labelled declarations
 * (BRIEF §12.3 R1: "reference = median … from own pedimentos"), and a heading without correctly declared
 * lines has no reference (the rule then stays silent).
 */
public final class FuelPriceReference {

    /** How close to a fuel median is "at fuel price": within ±30 %. */
    private static final double FUEL_BAND = Math.log(1.30);
    /** How far from the declared product's own median it must be: more than 35 % off. */
    private static final double HEADING_GAP = Math.log(1.35);

    private final Map<FuelFamily, Double> fuel;
    private final Map<String, Double> heading;

    public FuelPriceReference(Map<FuelFamily, Double> fuel, Map<String, Double> heading) {
        this.fuel = Map.copyOf(fuel);
        this.heading = Map.copyOf(heading);
    }

    public static FuelPriceReference none() {
        return new FuelPriceReference(Map.of(), Map.of());
    }

    /** Medians from labelled lines: fuel families from the label, headings from lines whose label is the declared code. */
    public static FuelPriceReference from(List<LabelledLine> lines) {
        Map<FuelFamily, List<Double>> f = new EnumMap<>(FuelFamily.class);
        Map<String, List<Double>> h = new HashMap<>();
        for (LabelledLine l : lines) {
            FuelFamily family = FuelFamily.ofCode(l.labelCode());
            Double uv = l.line().usdPerLitre(family == null ? FuelFamily.DIESEL : family);
            if (uv == null) {
                continue;
            }
            if (family != null) {
                f.computeIfAbsent(family, k -> new ArrayList<>()).add(uv);
            } else if (!l.misclassified()) {
                h.computeIfAbsent(l.line().heading(), k -> new ArrayList<>()).add(uv);
            }
        }
        Map<FuelFamily, Double> fm = new EnumMap<>(FuelFamily.class);
        f.forEach((k, v) -> fm.put(k, median(v)));
        Map<String, Double> hm = new HashMap<>();
        h.forEach((k, v) -> {
            if (v.size() >= 5) {
                hm.put(k, median(v));
            }
        });
        return new FuelPriceReference(fm, hm);
    }

    public Double fuelMedian(FuelFamily family) {
        return fuel.get(family);
    }

    public Double headingMedian(String h) {
        return heading.get(h);
    }

    /** The declared unit value against the nearest fuel median and its own heading's; null without references. */
    public Comparison compare(DeclaredLine line) {
        Double uv = line.usdPerLitre(FuelFamily.DIESEL);
        Double own = heading.get(line.heading());
        if (uv == null || uv <= 0 || own == null || fuel.isEmpty()) {
            return null;
        }
        FuelFamily nearest = null;
        double best = Double.MAX_VALUE;
        for (Map.Entry<FuelFamily, Double> e : fuel.entrySet()) {
            double d = Math.abs(Math.log(uv / e.getValue()));
            if (d < best) {
                best = d;
                nearest = e.getKey();
            }
        }
        boolean at = best <= FUEL_BAND && Math.abs(Math.log(uv / own)) > HEADING_GAP;
        return new Comparison(nearest, at, usd(uv), usd(fuel.get(nearest)), usd(own), Math.log(uv / fuel.get(nearest)),
                Math.log(uv / own));
    }

    /** @param logToFuel ln(declared / fuel median); @param logToHeading ln(declared / heading median) */
    public record Comparison(FuelFamily family, boolean atFuelPrice, String declared, String fuelMedian,
                             String headingMedian, double logToFuel, double logToHeading) {
    }

    private static String usd(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static double median(List<Double> values) {
        double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        int n = a.length;
        return n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
    }
}
