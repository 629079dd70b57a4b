package io.jointclear.risk.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads declaration files in the Customs Import Declaration Datasets CSV format (header + 22 columns, no quoting). */
public final class CustomsDeclarationCsv {

    static final String HEADER_START = "Declaration ID,Date,Office ID";
    private static final int COLUMNS = 22;

    private CustomsDeclarationCsv() {
    }

    public static List<CustomsDeclarationRow> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a file shipped in src/main/resources/risk, e.g. {@code df_syn_train_eng.csv}. */
    public static List<CustomsDeclarationRow> readResource(String name) {
        try (InputStream in = CustomsDeclarationCsv.class.getResourceAsStream("/risk/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource /risk/" + name);
            }
            return read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<CustomsDeclarationRow> read(InputStream in, String name) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null || !header.replace("\uFEFF", "").startsWith(HEADER_START)) {
            throw new IllegalArgumentException(name + ": not a customs declaration file (header " + header + ")");
        }
        List<CustomsDeclarationRow> rows = new ArrayList<>();
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != COLUMNS) {
                throw new IllegalArgumentException(name + ":" + number + ": expected " + COLUMNS + " columns, got " + f.length);
            }
            rows.add(new CustomsDeclarationRow(f[0], LocalDate.parse(f[1]), f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9],
                    f[10], f[11], f[12], f[13], f[14], decimal(f[15]), f[16], f[17], number(f[18]), decimal(f[19]),
                    "1".equals(f[20]), f[21].isEmpty() ? 0 : Integer.parseInt(f[21])));
        }
        return rows;
    }

    private static java.math.BigDecimal decimal(String s) {
        return s.isEmpty() ? java.math.BigDecimal.ZERO : new java.math.BigDecimal(s);
    }

    private static double number(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }
}
