package io.jointclear.tariff.web;

/** RFC 4180 cells; a cell that a spreadsheet would run as a formula is prefixed with an apostrophe. */
final class Csv {

    private Csv() {
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = "=+-@".indexOf(value.charAt(0)) >= 0 && !isNumber(value) ? "'" + value : value;
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static boolean isNumber(String v) {
        try {
            new java.math.BigDecimal(v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
