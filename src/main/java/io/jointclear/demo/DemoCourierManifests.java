package io.jointclear.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The couriers' side of the demo: one southbound manifest a day per main crossing, a few hundred parcels, most
 * of them clean and about one in twelve irregular in one of the ways BRIEF §8.4 lists (split below a threshold
 * across days, many consignees at one address, generic RFC, generic description, US origin from an Asian
 * shipper, RRNA goods, commercial quantity). Every guide starts with DEMO. Built as maps for the JSON mapper.
 */
final class DemoCourierManifests {

    /** Main southbound courier crossings: Nuevo Laredo, Ciudad Juárez, Tijuana. */
    static final List<String> OFFICES = List.of("240", "070", "400");
    static final double IRREGULAR_SHARE = 0.08;
    private static final String[] CITIES = {"Monterrey, N.L.", "Saltillo, Coah.", "Guadalajara, Jal.", "Ciudad de México", "Puebla, Pue.",
            "Querétaro, Qro.", "Chihuahua, Chih.", "Hermosillo, Son."};
    private static final String[] NAMES = {"Ana López", "Luis Hernández", "María García", "José Martínez", "Carmen Rodríguez",
            "Jorge Pérez", "Lucía Sánchez", "Miguel Ramírez", "Sofía Torres", "Diego Flores"};
    private static final String[] GOODS = {"phone case", "running shoes", "cotton t-shirt", "bluetooth earphones", "kitchen knife set",
            "children's book", "led desk lamp", "yoga mat", "watch strap", "backpack"};
    private static final String[] US_SHOPS = {"Laredo Fulfillment, 1200 Mines Rd, Laredo TX, United States",
            "El Paso Outlet, 500 Montana Ave, El Paso TX, United States", "San Diego Store, 10 Harbor Dr, San Diego CA, United States"};
    /** Consignees who come back every day just below USD 117: split shipments across the window. */
    private static final int REPEAT_CONSIGNEES = 4;

    private DemoCourierManifests() {
    }

    /** The manifest a courier files at an office on a day ({@code size} consignments), as the API's JSON. */
    static Map<String, Object> manifest(LocalDate date, String office, int size, long seed) {
        Random r = new Random(seed);
        List<Map<String, Object>> consignments = new ArrayList<>(size);
        String prefix = "DEMO-" + office + "-" + date.toString().replace("-", "") + "-";
        for (int i = 0; i < size; i++) {
            String guide = prefix + String.format("%05d", i);
            consignments.add(r.nextDouble() < IRREGULAR_SHARE ? irregular(guide, i, r, office) : clean(guide, r));
        }
        for (int k = 0; k < REPEAT_CONSIGNEES; k++) { // the same people every day, USD 100–116, US goods
            Map<String, Object> c = clean(prefix + "R" + k, r);
            c.put("consignee", consignee("Cliente Frecuente " + office + k, rfc(office.hashCode() * 31L + k), "Calle Norte " + k + ", Monterrey, N.L.",
                    "81" + String.format("%08d", 5_000_000 + k)));
            c.put("origin", "US");
            c.put("value", money(100 + r.nextInt(1600) / 100.0));
            consignments.add(c);
        }
        for (int k = 0; k < 6; k++) { // one warehouse receiving for six different people
            Map<String, Object> c = clean(prefix + "W" + k, r);
            c.put("consignee", consignee(NAMES[k] + " " + office, rfc(7_000_000L + k * 13L + office.hashCode()),
                    "Bodega 3, Parque Industrial Norte, " + office, null));
            consignments.add(c);
        }
        return Map.of("direction", "SOUTHBOUND", "customsOffice", office, "date", date.toString(), "consignments", consignments);
    }

    private static Map<String, Object> clean(String guide, Random r) {
        Map<String, Object> c = new java.util.LinkedHashMap<>();
        c.put("guide", guide);
        int who = r.nextInt(1_000_000);
        c.put("consignee", consignee(NAMES[who % NAMES.length] + " " + who, rfc(who), "Calle " + (1 + who % 900) + " #" + (who % 97)
                + ", " + CITIES[who % CITIES.length], null));
        boolean us = r.nextDouble() < 0.35;
        c.put("shipper", Map.of("name", us ? "US Store" : "Global Shop", "address", us ? US_SHOPS[r.nextInt(US_SHOPS.length)]
                : "Longgang District, Shenzhen, China"));
        c.put("origin", us ? "US" : "CN");
        c.put("description", GOODS[r.nextInt(GOODS.length)]);
        c.put("quantity", 1 + r.nextInt(3));
        c.put("weightKg", BigDecimal.valueOf(1 + r.nextInt(40), 1));
        c.put("value", money(5 + r.nextInt(30_000) / 100.0));
        c.put("currency", "USD");
        return c;
    }

    /** One of the kinds of irregularity, in turn. */
    private static Map<String, Object> irregular(String guide, int i, Random r, String office) {
        Map<String, Object> c = clean(guide, r);
        switch (r.nextInt(6)) {
            case 0 -> c.put("consignee", consignee("Recepción " + i, rfc(900_000 + i), "Bodega 3, Parque Industrial Norte, " + office, null));
            case 1 -> c.put("consignee", consignee(NAMES[i % NAMES.length], "XAXX010101000", "Calle " + i + ", Toluca, Méx.", null));
            case 2 -> c.put("description", r.nextBoolean() ? "gift" : "regalo");
            case 3 -> {
                c.put("origin", "US");
                c.put("shipper", Map.of("name", "Global Shop", "address", "Futian, Shenzhen, China"));
                c.put("value", money(60 + r.nextInt(5_000) / 100.0));
            }
            case 4 -> c.put("description", r.nextBoolean() ? "vitamin supplements" : "medicamentos");
            default -> c.put("quantity", 24 + r.nextInt(60));
        }
        return c;
    }

    private static Map<String, Object> consignee(String name, String rfc, String address, String phone) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("name", name);
        m.put("rfc", rfc);
        m.put("address", address);
        if (phone != null) {
            m.put("phone", phone);
        }
        return m;
    }

    /** A well-formed personal RFC (4 letters, birth date, homoclave) derived from a number. */
    private static String rfc(long n) {
        long v = Math.abs(n);
        char[] letters = new char[4];
        for (int k = 0; k < 4; k++) {
            letters[k] = (char) ('A' + (v >> (k * 5)) % 26);
        }
        return new String(letters) + String.format("%02d%02d%02d", 60 + v % 40, 1 + v % 12, 1 + v % 28) + "AB" + (v % 10);
    }

    private static BigDecimal money(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }
}
