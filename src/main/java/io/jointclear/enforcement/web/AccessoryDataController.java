package io.jointclear.enforcement.web;

import io.jointclear.enforcement.liability.AccessoryRates;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The import path of the accessories' effective-dated data (administrators): INPC and recargos rates as CSV. */
@RestController
@RequestMapping("/api/v1/enforcement")
class AccessoryDataController {

    private static final int MAX_ROWS = 5_000;

    private final AccessoryRates rates;

    AccessoryDataController(AccessoryRates rates) {
        this.rates = rates;
    }

    @PutMapping(path = "/inpc", consumes = "text/csv")
    @Operation(summary = "Import INPC values: CSV month,value,source (YYYY-MM, index base 2Q Jul 2018 = 100); a stored month never changes")
    Map<String, Integer> inpc(@RequestBody String csv) {
        List<String[]> rows = rows(csv, "month,value,source", 3);
        List<FieldViolation> v = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            try {
                YearMonth.parse(r[0]);
            } catch (DateTimeParseException e) {
                v.add(new FieldViolation("line " + (i + 2) + ".month", "MALFORMED_DATE", "YYYY-MM"));
            }
            number(v, i, "value", r[1], new BigDecimal("10000"));
        }
        raise(v);
        return Map.of("stored", rates.importInpc(rows));
    }

    @PutMapping(path = "/recargos", consumes = "text/csv")
    @Operation(summary = "Import monthly recargos rates: CSV valid_from,valid_to,monthly_rate,source (percent per month)")
    Map<String, Integer> recargos(@RequestBody String csv) {
        List<String[]> rows = rows(csv, "valid_from,valid_to,monthly_rate,source", 4);
        List<FieldViolation> v = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            try {
                if (LocalDate.parse(r[1]).isBefore(LocalDate.parse(r[0]))) {
                    v.add(new FieldViolation("line " + (i + 2) + ".valid_to", "PERIOD_REVERSED", "valid_to is on or after valid_from"));
                }
            } catch (DateTimeParseException e) {
                v.add(new FieldViolation("line " + (i + 2) + ".valid_from", "MALFORMED_DATE", "YYYY-MM-DD"));
            }
            number(v, i, "monthly_rate", r[2], BigDecimal.TEN);
        }
        raise(v);
        return Map.of("stored", rates.importRecargos(rows));
    }

    /** Rows after the header; the last column (source) keeps any commas it has. */
    private static List<String[]> rows(String csv, String header, int columns) {
        String[] lines = csv.strip().split("\r?\n");
        if (lines.length == 0 || !lines[0].strip().equals(header)) {
            throw new ProblemException(400, "MALFORMED_CSV", "Malformed CSV", "The first line is the header " + header);
        }
        if (lines.length - 1 > MAX_ROWS) {
            throw new ProblemException(422, "TOO_MANY_ENTRIES", "Too many rows", "At most " + MAX_ROWS + " rows per import");
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] r = lines[i].split(",", columns);
            if (r.length < columns || r[columns - 1].isBlank()) {
                throw new ProblemException(400, "MALFORMED_CSV", "Malformed CSV",
                        "Line " + (i + 1) + " has not the " + columns + " columns " + header + " (source required)");
            }
            for (int c = 0; c < r.length; c++) {
                r[c] = r[c].strip();
            }
            rows.add(r);
        }
        return rows;
    }

    private static void number(List<FieldViolation> v, int i, String field, String text, BigDecimal max) {
        try {
            BigDecimal n = new BigDecimal(text);
            if (n.signum() <= 0 || n.compareTo(max) >= 0 || n.scale() > 6) {
                v.add(new FieldViolation("line " + (i + 2) + "." + field, "OUT_OF_RANGE", "greater than 0 and less than " + max));
            }
        } catch (NumberFormatException e) {
            v.add(new FieldViolation("line " + (i + 2) + "." + field, "NOT_A_NUMBER", "a decimal number"));
        }
    }

    private static void raise(List<FieldViolation> v) {
        if (!v.isEmpty()) {
            throw new ProblemException(422, "INVALID_VALUE", "Invalid rows", v.size() + " value(s) to correct", v);
        }
    }
}
