package io.jointclear.compliance.detection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The labelled-declarations CSV of {@code classification-eval} (docs/compliance.md): header
 * {@value #HEADER}; descriptions quoted when they hold a comma or a quote. A malformed row is an
 * {@link IllegalArgumentException} naming its line number and column.
 */
public final class LabelledCsv {

    public static final String HEADER = "id,date,description,declared_tariff_code,quantity,unit,value_usd,origin,"
            + "density_kg_l,distill_90_c,sulfur_ppm,importer_sector13,transport,customs_office,label_tariff_code";
    private static final int COLUMNS = 15;
    /** Rows a file may hold: the evaluation is a tool, not a bulk loader. */
    public static final int MAX_ROWS = 1_000_000;

    private LabelledCsv() {
    }

    public static List<LabelledLine> read(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = r.readLine();
            if (header == null || !header.replace("\uFEFF", "").trim().equals(HEADER)) {
                throw new IllegalArgumentException("the header must be " + HEADER);
            }
            List<LabelledLine> out = new ArrayList<>();
            String text;
            int n = 1;
            while ((text = r.readLine()) != null) {
                n++;
                if (text.isBlank()) {
                    continue;
                }
                if (out.size() >= MAX_ROWS) {
                    throw new IllegalArgumentException("more than " + MAX_ROWS + " rows");
                }
                out.add(row(split(text, n), n));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LabelledLine row(List<String> c, int n) {
        if (c.size() != COLUMNS) {
            throw new IllegalArgumentException("line " + n + ": " + c.size() + " columns, " + COLUMNS + " expected");
        }
        String unit = c.get(5).trim().toUpperCase(Locale.ROOT);
        if (!unit.equals("LTR") && !unit.equals("KGM")) {
            throw new IllegalArgumentException("line " + n + ": unit must be LTR or KGM, not '" + c.get(5) + "'");
        }
        DeclaredLine line = new DeclaredLine(c.get(0), date(c.get(1), n), c.get(2), code(c.get(3), n, "declared_tariff_code"),
                positive(c.get(4), n, "quantity"), unit, positive(c.get(6), n, "value_usd"), c.get(7).trim(),
                optional(c.get(8), n, "density_kg_l"), optional(c.get(9), n, "distill_90_c"),
                optional(c.get(10), n, "sulfur_ppm"), sector13(c.get(11), n), transport(c.get(12), n), c.get(13).trim());
        return new LabelledLine(line, code(c.get(14), n, "label_tariff_code"));
    }

    private static LocalDate date(String s, int n) {
        try {
            return LocalDate.parse(s.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("line " + n + ": date must be YYYY-MM-DD, not '" + s + "'");
        }
    }

    private static String code(String s, int n, String column) {
        String t = s.trim();
        if (!t.matches("\\d{10}")) {
            throw new IllegalArgumentException("line " + n + ": " + column + " must have 10 digits, not '" + s + "'");
        }
        return t;
    }

    private static BigDecimal positive(String s, int n, String column) {
        BigDecimal v = optional(s, n, column);
        if (v == null || v.signum() <= 0) {
            throw new IllegalArgumentException("line " + n + ": " + column + " must be a positive number");
        }
        return v;
    }

    private static BigDecimal optional(String s, int n, String column) {
        String t = s.trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(t);
            if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
                throw new IllegalArgumentException("line " + n + ": " + column + " out of range: " + s);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + n + ": " + column + " is not a number: '" + s + "'");
        }
    }

    private static Boolean sector13(String s, int n) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "" -> null;
            default -> throw new IllegalArgumentException("line " + n + ": importer_sector13 must be true or false");
        };
    }

    private static Transport transport(String s, int n) {
        String t = s.trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Transport.valueOf(t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line " + n + ": transport must be one of TANK_TRUCK, RAIL_TANK_CAR, SHIP,"
                    + " DRUM, TOTE, not '" + s + "'");
        }
    }

    static List<String> split(String line, int n) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + n + ": unterminated quote");
        }
        out.add(cell.toString());
        return out;
    }

    /** Writes lines in the same format (the generator's output). */
    public static void write(List<LabelledLine> lines, Writer w) throws IOException {
        w.write(HEADER);
        w.write('\n');
        for (LabelledLine l : lines) {
            DeclaredLine d = l.line();
            w.write(String.join(",", d.id(), d.date().toString(), quote(d.description()), d.declaredCode(),
                    d.quantity().toPlainString(), d.unit(), d.valueUsd().toPlainString(), d.origin(), plain(d.densityKgL()),
                    plain(d.distill90C()), plain(d.sulfurPpm()), String.valueOf(d.importerSector13()),
                    d.transport().name(), d.customsOffice(), l.labelCode()));
            w.write('\n');
        }
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
