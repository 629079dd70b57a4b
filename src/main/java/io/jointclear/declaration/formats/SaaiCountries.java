package io.jointclear.declaration.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 3-letter country keys of the archivo M (Anexo 22 Apéndice 4) and the platform's ISO 3166-1
 * alpha-2. Apéndice 4 itself is not in the shared data: the SAT country catalogue c_Pais (ISO alpha-3,
 * reference-data/reference/mx_sat_paises.csv) stands in for it, joined to alpha-2 through
 * country-codes.csv. A key outside it is carried as it came (docs/formats.md).
 */
final class SaaiCountries {

    private static final Map<String, String> ISO_BY_KEY = new HashMap<>();
    private static final Map<String, String> KEY_BY_ISO = new HashMap<>();

    static {
        Set<String> sat = new HashSet<>();
        for (List<String> row : csv("reference-data/reference/mx_sat_paises.csv")) {
            sat.add(row.getFirst());
        }
        List<List<String>> iso = csv("reference-data/reference/country-codes.csv");
        int alpha3 = iso.getFirst().indexOf("ISO3166-1-Alpha-3");
        int alpha2 = iso.getFirst().indexOf("ISO3166-1-Alpha-2");
        for (List<String> row : iso.subList(1, iso.size())) {
            if (row.size() > Math.max(alpha2, alpha3) && sat.contains(row.get(alpha3)) && row.get(alpha2).matches("[A-Z]{2}")) {
                ISO_BY_KEY.put(row.get(alpha3), row.get(alpha2));
                KEY_BY_ISO.put(row.get(alpha2), row.get(alpha3));
            }
        }
    }

    private SaaiCountries() {
    }

    /** The alpha-2 of a 3-letter key, null when the catalogue does not have it. */
    static String iso(String key) {
        return key == null ? null : ISO_BY_KEY.get(key);
    }

    /** The 3-letter key of an alpha-2, null when the catalogue does not have it. */
    static String key(String iso) {
        return iso == null ? null : KEY_BY_ISO.get(iso);
    }

    /** Rows of a comma-separated file (double quotes around fields that hold commas). */
    private static List<List<String>> csv(String resource) {
        var in = SaaiCountries.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource);
        }
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                rows.add(fields(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }
}
