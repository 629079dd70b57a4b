package io.jointclear.reference.fx;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the shipped {@code banxico_fix_usd_mxn_daily.csv}: a {@code date,mxn_per_usd_fix} header, then
 * one ISO date and one decimal per line. Values go through {@link BigDecimal#BigDecimal(String)} so
 * their scale survives; a malformed line fails the whole load with its line number rather than
 * silently dropping a rate.
 */
final class FixCsv {

    static final String HEADER = "date,mxn_per_usd_fix";

    private FixCsv() {
    }

    static List<Fix> read(InputStream csv) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !HEADER.equals(stripBom(header).strip())) {
                throw new IllegalArgumentException("FIX CSV must start with '" + HEADER + "', got '" + header + "'");
            }
            List<Fix> fixes = new ArrayList<>();
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    fixes.add(parse(line.strip(), lineNumber));
                }
            }
            return fixes;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the FIX CSV", e);
        }
    }

    private static Fix parse(String line, int lineNumber) {
        String[] fields = line.split(",", -1);
        if (fields.length != 2) {
            throw malformed(line, lineNumber, null);
        }
        try {
            return new Fix(LocalDate.parse(fields[0].strip()), new BigDecimal(fields[1].strip()));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw malformed(line, lineNumber, e);
        }
    }

    private static IllegalArgumentException malformed(String line, int lineNumber, Exception cause) {
        return new IllegalArgumentException("FIX CSV line " + lineNumber + " is not 'date,mxn_per_usd_fix': '"
                + line + "'", cause);
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
