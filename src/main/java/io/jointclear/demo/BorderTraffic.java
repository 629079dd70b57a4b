package io.jointclear.demo;

import io.jointclear.reference.CodeLists;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shape of real border traffic, from the BTS files shipped in {@code reference-data/border}:
 * port pairs weighted by the trucks entering at their US port (Border Crossing Entry Data), goods
 * weighted by the truck trade of their HS chapter in the latest year (TransBorder Freight Data, US
 * imports from Mexico for northbound, exports for southbound), and the hourly profile of commercial
 * vehicle waits at San Ysidro for the time of day (afternoon peak).
 */
final class BorderTraffic {

    private static final Logger log = LoggerFactory.getLogger(BorderTraffic.class);
    private static final String DIR = "reference-data/border/";

    final WeightedChoice<CodeLists.PortPair> pairs;
    final WeightedChoice<DemoProducts.Product> northbound;
    final WeightedChoice<DemoProducts.Product> southbound;
    /** Relative arrivals per hour of day 0–23, summing to 1. */
    final double[] hourly;

    BorderTraffic(WeightedChoice<CodeLists.PortPair> pairs, WeightedChoice<DemoProducts.Product> northbound,
                  WeightedChoice<DemoProducts.Product> southbound, double[] hourly) {
        this.pairs = pairs;
        this.northbound = northbound;
        this.southbound = southbound;
        this.hourly = hourly;
    }

    static BorderTraffic load(List<CodeLists.PortPair> portPairs) {
        Map<String, Double> trucks = new HashMap<>();
        for (String[] row : csv("bts_border_crossing_entry_us_mexico_2020_2021.csv")) {
            if (row.length > 6 && "Trucks".equals(row[5])) {
                trucks.merge(row[2], Double.parseDouble(row[6]), Double::sum);
            }
        }
        Map<String, Long> pairsPerPort = new HashMap<>();
        portPairs.forEach(p -> pairsPerPort.merge(p.usPort(), 1L, Long::sum));
        List<CodeLists.PortPair> items = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (CodeLists.PortPair p : portPairs) {
            double w = trucks.getOrDefault(p.usPort(), 0.0) / pairsPerPort.get(p.usPort());
            if (w > 0) {
                items.add(p);
                weights.add(w);
            }
        }
        if (items.isEmpty()) {
            items.addAll(portPairs);
            portPairs.forEach(p -> weights.add(1.0));
        }
        Map<String, Map<String, Double>> byChapter = chapterTrade();
        BorderTraffic traffic = new BorderTraffic(new WeightedChoice<>(items, weights),
                products(DemoProducts.NORTHBOUND, byChapter.getOrDefault("Import", Map.of())),
                products(DemoProducts.SOUTHBOUND, byChapter.getOrDefault("Export", Map.of())), hourly());
        log.info("Demo traffic: {} port pairs weighted by BTS truck entries (top: {}), goods weighted by BTS truck trade per HS chapter",
                items.size(), traffic.pairs.top());
        return traffic;
    }

    /** Truck trade value per trade type (Import = US imports from Mexico) and HS chapter, latest year in the file. */
    private static Map<String, Map<String, Double>> chapterTrade() {
        List<String[]> rows = csv("bts_transborder_mexico_annual_by_hs2_mode.csv");
        String latest = rows.stream().map(r -> r[0]).max(String::compareTo).orElse("");
        Map<String, Map<String, Double>> out = new HashMap<>();
        for (String[] r : rows) {
            if (r.length > 7 && r[0].equals(latest) && "Truck".equals(r[5]) && !r[7].isBlank()) {
                out.computeIfAbsent(r[6], k -> new HashMap<>()).merge(r[2], Double.parseDouble(r[7]), Double::sum);
            }
        }
        return out;
    }

    /** Each chapter's trade split evenly among the products of that chapter; chapters without a product are left out. */
    private static WeightedChoice<DemoProducts.Product> products(List<DemoProducts.Product> products, Map<String, Double> chapterTrade) {
        Map<String, Long> perChapter = new HashMap<>();
        products.forEach(p -> perChapter.merge(p.chapter(), 1L, Long::sum));
        List<Double> weights = products.stream()
                .map(p -> Math.max(chapterTrade.getOrDefault(p.chapter(), 0.0), 1.0) / perChapter.get(p.chapter())).toList();
        return new WeightedChoice<>(products, weights);
    }

    /** Commercial-vehicle wait by hour at San Ysidro as a proxy for arrivals, flattened towards a daytime profile. */
    private static double[] hourly() {
        double[] waits = new double[24];
        for (String[] r : csv("cbp_bwt_historical_san_ysidro_hourly_avg.csv")) {
            if (r.length > 3 && !r[3].isBlank()) {
                waits[Integer.parseInt(r[2])] += Double.parseDouble(r[3]);
            }
        }
        double[] profile = new double[24];
        double sum = 0;
        for (int h = 0; h < 24; h++) {
            // ports open ~06:00–22:00 for cargo; a small night share for 24-hour ports; peak 13:00–17:00
            double base = h >= 6 && h < 22 ? 1.0 : 0.08;
            double peak = h >= 13 && h < 18 ? 0.8 : 0;
            profile[h] = base + peak + waits[h] / Math.max(1, max(waits));
            sum += profile[h];
        }
        for (int h = 0; h < 24; h++) {
            profile[h] /= sum;
        }
        return profile;
    }

    private static double max(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    static List<String[]> csv(String file) {
        InputStream in = BorderTraffic.class.getClassLoader().getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + DIR + file);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(split(line));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 fields (quotes, doubled quotes). */
    static String[] split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }

    /** Picks items in proportion to their weights. */
    static final class WeightedChoice<T> {
        private final List<T> items;
        private final double[] cumulative;

        WeightedChoice(List<T> items, List<Double> weights) {
            this.items = List.copyOf(items);
            this.cumulative = new double[items.size()];
            double sum = 0;
            for (int i = 0; i < items.size(); i++) {
                sum += weights.get(i);
                cumulative[i] = sum;
            }
            for (int i = 0; i < cumulative.length; i++) {
                cumulative[i] /= sum;
            }
        }

        T pick(Random random) {
            double r = random.nextDouble();
            for (int i = 0; i < cumulative.length; i++) {
                if (r < cumulative[i]) {
                    return items.get(i);
                }
            }
            return items.getLast();
        }

        /** Share of each item, for logs and tests. */
        double share(T item) {
            int i = items.indexOf(item);
            return i < 0 ? 0 : cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
        }

        List<T> items() {
            return items;
        }

        String top() {
            int best = 0;
            for (int i = 1; i < items.size(); i++) {
                if (share(items.get(i)) > share(items.get(best))) {
                    best = i;
                }
            }
            return items.get(best) + String.format(" %.0f %%", share(items.get(best)) * 100);
        }
    }
}
