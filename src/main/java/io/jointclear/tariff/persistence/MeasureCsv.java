package io.jointclear.tariff.persistence;

import io.jointclear.shared.Authority;
import io.jointclear.tariff.domain.Confidence;
import io.jointclear.tariff.domain.Measure;
import io.jointclear.tariff.domain.MeasureKind;
import io.jointclear.tariff.domain.Stacking;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads the versioned measure seed ({@code tariff/measures.csv}): one row per measure version, lists
 * inside a cell separated by {@code |}, RFC 4180 quoting. The same reader feeds the database loader,
 * the tests and the benchmark, so all three use identical data.
 */
public final class MeasureCsv {

    public static final String SEED = "/tariff/measures.csv";
    /** Chapter-99 scopes generated from the legal product lists (tools/us_scopes.py; see tariff/SOURCE.md). */
    public static final String US_SCOPES = "/tariff/us-scopes.csv.gz";

    private MeasureCsv() {
    }

    /** The hand-written rows, then the chapter-99 scope rows. */
    public static List<Measure> seed() {
        List<Measure> all = new ArrayList<>(resource(SEED));
        all.addAll(resource(US_SCOPES));
        return all;
    }

    private static List<Measure> resource(String name) {
        try (InputStream raw = MeasureCsv.class.getResourceAsStream(name)) {
            if (raw == null) {
                throw new IllegalStateException("seed " + name + " missing from the classpath");
            }
            return read(name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The columns of the seed, in order. */
    public static final List<String> COLUMNS = List.of("key", "rule_id", "version", "authority", "tax_code", "kind",
            "rate", "amount", "currency", "unit", "minimum", "maximum", "tariff_prefixes", "origins", "claves",
            "programs", "condition", "applies_to", "case_number", "company", "priority", "stacking", "heading",
            "valid_from", "valid_to", "legal_basis", "source", "confidence", "note", "revision", "scope_list");

    /** One measure from one CSV record in the seed's column order (tests, benchmark, admin tools). */
    public static Measure row(String record) {
        List<String> cells = split(record);
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            row.put(COLUMNS.get(i), i < cells.size() ? cells.get(i).trim() : "");
        }
        return measure(0, row);
    }

    public static List<Measure> read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null) {
            return List.of();
        }
        List<String> names = split(header);
        List<Measure> out = new ArrayList<>();
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = split(line);
            Map<String, String> row = new HashMap<>();
            for (String column : COLUMNS) {
                row.put(column, "");
            }
            for (int i = 0; i < names.size(); i++) {
                row.put(names.get(i), i < cells.size() ? cells.get(i).trim() : "");
            }
            try {
                out.add(measure(number, row));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("measure seed line " + number + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    static Measure measure(long id, Map<String, String> r) {
        return new Measure(id, r.get("key"), r.get("rule_id"), Integer.parseInt(r.get("version")),
                Authority.parse(r.get("authority")), r.get("tax_code"), MeasureKind.valueOf(r.get("kind")),
                decimal(r.get("rate")), decimal(r.get("amount")), blankToNull(r.get("currency")),
                blankToNull(r.get("unit")), decimal(r.get("minimum")), decimal(r.get("maximum")),
                list(r.get("tariff_prefixes")), set(r.get("origins")), set(r.get("claves")), set(r.get("programs")),
                r.get("condition"), r.get("applies_to"), r.get("case_number"), r.get("company"),
                r.get("priority").isEmpty() ? 100 : Integer.parseInt(r.get("priority")),
                r.get("stacking").isEmpty() ? null : Stacking.valueOf(r.get("stacking")), r.get("heading"),
                LocalDate.parse(r.get("valid_from")), r.get("valid_to").isEmpty() ? null : LocalDate.parse(r.get("valid_to")),
                r.get("legal_basis"), r.get("source"), Confidence.valueOf(r.get("confidence")), r.get("note"),
                r.get("revision"), r.get("scope_list"), null);
    }

    static List<String> list(String cell) {
        return cell == null || cell.isEmpty() ? List.of() : Arrays.stream(cell.split("\\|")).map(String::trim).toList();
    }

    static Set<String> set(String cell) {
        return new LinkedHashSet<>(list(cell));
    }

    private static BigDecimal decimal(String cell) {
        return cell == null || cell.isEmpty() ? null : new BigDecimal(cell);
    }

    private static String blankToNull(String cell) {
        return cell == null || cell.isEmpty() ? null : cell;
    }

    /** Splits one CSV record (no embedded newlines in this file). */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
