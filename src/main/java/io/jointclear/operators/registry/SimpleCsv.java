package io.jointclear.operators.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 reading of a small text/csv body: comma-separated fields, double quotes around a field with
 * commas, quotes or line breaks, a quote doubled inside. An unterminated quote or more lines than allowed
 * makes the whole file malformed.
 */
final class SimpleCsv {

    private SimpleCsv() {
    }

    static List<List<String>> parse(String text, int maxLines) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                if (++line > maxLines + 1) {
                    throw OperatorCsvImport.malformed("more than " + maxLines + " lines: split the file");
                }
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw OperatorCsvImport.malformed("a quoted field opened on line " + line + " is never closed");
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
