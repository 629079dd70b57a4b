package io.jointclear.reference.mxrates;

import io.jointclear.reference.catalogue.MexicanRates;
import io.jointclear.reference.csv.CsvReader;
import io.jointclear.shared.FieldViolation;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads and checks a rate file with columns {@code fraccion,igi,ige,valid_from,valid_to,source}.
 * Every row is judged on its own: good rows are returned, bad ones come back as violations naming
 * the line, the column and the rule.
 */
final class RateCsv {

    static final List<String> COLUMNS = List.of("fraccion", "igi", "ige", "valid_from", "valid_to", "source");

    record Parsed(List<RateRow> rows, List<FieldViolation> rejected, int read) {
    }

    private RateCsv() {
    }

    static Parsed read(Reader csv, Predicate<String> knownFraccion) {
        List<RateRow> rows = new ArrayList<>();
        List<FieldViolation> rejected = new ArrayList<>();
        int read = 0;
        try (CsvReader reader = new CsvReader(csv)) {
            CsvReader.Header header = reader.readHeader();
            List<String> missing = COLUMNS.stream().filter(c -> !header.names().stream().map(String::strip).toList().contains(c)).toList();
            if (!missing.isEmpty()) {
                rejected.add(new FieldViolation("header", "MISSING_COLUMNS", "the header lacks " + missing
                        + "; expected " + String.join(",", COLUMNS)));
                return new Parsed(rows, rejected, 0);
            }
            int line = 1;
            for (List<String> record : reader) {
                line++;
                read++;
                List<FieldViolation> problems = new ArrayList<>();
                String field = "line[" + line + "].";
                String fraccion = header.get(record, "fraccion").strip();
                String igi = header.get(record, "igi").strip();
                String ige = header.get(record, "ige").strip();
                String source = header.get(record, "source").strip();
                if (!fraccion.matches("\\d{8}")) {
                    problems.add(new FieldViolation(field + "fraccion", "MALFORMED_FRACCION", "fracción must be 8 digits, got '" + fraccion + "'"));
                } else if (!knownFraccion.test(fraccion)) {
                    problems.add(new FieldViolation(field + "fraccion", "UNKNOWN_FRACCION", "fracción " + fraccion + " is not in the TIGIE"));
                }
                checkRate(field + "igi", igi, problems);
                checkRate(field + "ige", ige, problems);
                LocalDate from = date(field + "valid_from", header.get(record, "valid_from"), true, problems);
                LocalDate to = date(field + "valid_to", header.get(record, "valid_to"), false, problems);
                if (from != null && to != null && to.isBefore(from)) {
                    problems.add(new FieldViolation(field + "valid_to", "PERIOD_REVERSED", "valid_to " + to + " is before valid_from " + from));
                }
                if (source.isEmpty()) {
                    problems.add(new FieldViolation(field + "source", "SOURCE_REQUIRED", "every rate needs its legal source (e.g. the DOF decree)"));
                }
                if (problems.isEmpty()) {
                    rows.add(new RateRow(line, fraccion, MexicanRates.parse(igi).orElseThrow().text(),
                            MexicanRates.parse(ige).orElseThrow().text(), from, to, source));
                } else {
                    rejected.addAll(problems);
                }
            }
        } catch (CsvReader.FormatException e) {
            rejected.add(new FieldViolation("body", "MALFORMED_CSV", e.getMessage()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Parsed(rows, rejected, read);
    }

    private static void checkRate(String field, String text, List<FieldViolation> problems) {
        if (MexicanRates.parse(text).isEmpty()) {
            problems.add(new FieldViolation(field, "MALFORMED_RATE", "rate must be a percentage (e.g. 10 or 7.5) or Ex., got '" + text + "'"));
        }
    }

    private static LocalDate date(String field, String text, boolean required, List<FieldViolation> problems) {
        String t = text.strip();
        if (t.isEmpty()) {
            if (required) {
                problems.add(new FieldViolation(field, "REQUIRED", "a start date is required (YYYY-MM-DD)"));
            }
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            problems.add(new FieldViolation(field, "MALFORMED_DATE", "'" + t + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }
}
