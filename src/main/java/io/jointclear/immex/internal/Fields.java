package io.jointclear.immex.internal;

import io.jointclear.immex.Immex.Rejection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one CSV line's fields, collecting a rejection per bad field instead of stopping at the first:
 * the ERP gets every error of a line at once. Limits on magnitude and scale keep every number storable.
 */
final class Fields {

    static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000000");
    static final int MAX_SCALE = 6;
    private static final Pattern FRACCION = Pattern.compile("\\d{8}");
    private static final Pattern NICO = Pattern.compile("\\d{2}");
    private static final Pattern UNIT = Pattern.compile("[A-Z0-9]{1,10}");
    private static final Pattern PART_NUMBER = Pattern.compile("[\\p{Alnum}._/ -]{1,50}");
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final CsvTable table;
    private final int row;
    private final List<Rejection> rejections;
    private boolean ok = true;

    Fields(CsvTable table, int row, List<Rejection> rejections) {
        this.table = table;
        this.row = row;
        this.rejections = rejections;
    }

    boolean ok() {
        return ok;
    }

    String text(String column, int max) {
        String v = table.get(row, column);
        if (v == null) {
            return reject(column, "REQUIRED", column + " is required");
        }
        return v.length() > max ? reject(column, "TOO_LONG", "At most " + max + " characters, got " + v.length()) : v;
    }

    String optionalText(String column, int max) {
        return table.get(row, column) == null ? null : text(column, max);
    }

    String partNumber(String column) {
        String v = text(column, 50);
        return v == null || PART_NUMBER.matcher(v).matches() ? v
                : reject(column, "MALFORMED_PART_NUMBER", "A part number is 1 to 50 letters, digits, spaces or . _ / -");
    }

    String fraccion(String column) {
        String v = text(column, 8);
        return v == null || FRACCION.matcher(v).matches() ? v
                : reject(column, "MALFORMED_FRACCION", "A fracción arancelaria is 8 digits (TIGIE), got '" + v + "'");
    }

    String nico(String column) {
        String v = table.get(row, column);
        return v == null || NICO.matcher(v).matches() ? v : reject(column, "MALFORMED_NICO", "A NICO is 2 digits, got '" + v + "'");
    }

    String unit(String column) {
        String v = text(column, 10);
        return v == null || UNIT.matcher(v).matches() ? v
                : reject(column, "UNKNOWN_UNIT", "A unit is a UN/ECE Rec 20 code (KGM, C62, LTR …), got '" + v + "'");
    }

    /** A positive quantity of at most 6 decimals and below 10^12. */
    BigDecimal positive(String column) {
        BigDecimal v = number(column);
        if (v != null && v.signum() <= 0) {
            return reject(column, "NON_POSITIVE_QUANTITY", column + " must be greater than zero");
        }
        return v;
    }

    /** Zero or more (amounts, percentages). */
    BigDecimal nonNegative(String column, boolean required) {
        if (!required && table.get(row, column) == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal v = number(column);
        if (v != null && v.signum() < 0) {
            return reject(column, "NEGATIVE_AMOUNT", column + " cannot be negative");
        }
        return v;
    }

    private BigDecimal number(String column) {
        String text = text(column, 40);
        if (text == null) {
            return null;
        }
        BigDecimal v;
        try {
            v = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return reject(column, "NOT_A_NUMBER", "'" + text + "' is not a decimal number");
        }
        if (v.abs().compareTo(MAX_QUANTITY) >= 0) {
            return reject(column, "NUMBER_OUT_OF_RANGE", column + " must be below 10^12");
        }
        if (v.stripTrailingZeros().scale() > MAX_SCALE) {
            return reject(column, "TOO_MANY_DECIMALS", "At most " + MAX_SCALE + " decimals");
        }
        return v;
    }

    LocalDate date(String column) {
        String text = text(column, 10);
        if (text == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text);
            return d.isBefore(EARLIEST) || d.isAfter(LATEST)
                    ? reject(column, "DATE_OUT_OF_RANGE", "A date from " + EARLIEST + " to " + LATEST) : d;
        } catch (DateTimeParseException e) {
            return reject(column, "MALFORMED_DATE", "'" + text + "' is not a date (yyyy-mm-dd)");
        }
    }

    <E extends Enum<E>> E oneOf(String column, Class<E> type) {
        String text = text(column, 40);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return reject(column, "UNKNOWN_CATEGORY", "'" + text + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }

    /** Rejects the line for a rule across fields (e.g. an unknown part number in the catalogue). */
    <T> T reject(String column, String code, String message) {
        rejections.add(new Rejection(table.lineOf(row), column, code, message));
        ok = false;
        return null;
    }
}
