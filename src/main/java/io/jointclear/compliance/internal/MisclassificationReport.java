package io.jointclear.compliance.internal;

import io.jointclear.compliance.MisclassificationFigures;
import io.jointclear.compliance.MisclassificationFigures.Row;
import io.jointclear.shared.Actor;
import io.jointclear.shared.ProblemException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Misclassifications detected and confirmed, taxes at stake and the reclassifications proposed, by month
 * (of the declaration) and declared chapter — the live figure behind "2,937 reclassifications".
 */
@Service
public class MisclassificationReport {

    static final String CSV_HEADER = "month,chapter,detected,confirmed,dismissed,tax_at_stake_detected_mxn,"
            + "tax_at_stake_confirmed_mxn,reclassified_lines,tax_reclassified_mxn";

    private final DetectionStore store;

    MisclassificationReport(DetectionStore store) {
        this.store = store;
    }

    public MisclassificationFigures report(Actor actor, LocalDate from, LocalDate to) {
        DetectionService.requireAny(actor, DetectionService.READERS);
        if (from.isAfter(to) || from.plusYears(20).isBefore(to)) {
            throw new ProblemException(400, "INVALID_PERIOD", "Invalid period", "from must not be after to, nor 20 years before it");
        }
        List<Row> rows = store.monthly(from, to).stream().map(MisclassificationReport::row).toList();
        return new MisclassificationFigures(from, to, rows, rows.stream().mapToLong(Row::detected).sum(),
                rows.stream().mapToLong(Row::confirmed).sum(), rows.stream().mapToLong(Row::reclassifiedLines).sum(),
                rows.stream().map(Row::taxAtStakeConfirmed).reduce(BigDecimal.ZERO, BigDecimal::add), "MXN");
    }

    static String csv(MisclassificationFigures r) {
        StringBuilder s = new StringBuilder(CSV_HEADER).append('\n');
        for (Row x : r.rows()) {
            s.append(x.month()).append(',').append(x.chapter()).append(',').append(x.detected()).append(',')
                    .append(x.confirmed()).append(',').append(x.dismissed()).append(',')
                    .append(x.taxAtStakeDetected().toPlainString()).append(',').append(x.taxAtStakeConfirmed().toPlainString())
                    .append(',').append(x.reclassifiedLines()).append(',').append(x.taxReclassified().toPlainString()).append('\n');
        }
        return s.toString();
    }

    private static Row row(Map<String, Object> m) {
        return new Row((String) m.get("month"), (String) m.get("chapter"), num(m.get("detected")), num(m.get("confirmed")),
                num(m.get("dismissed")), (BigDecimal) m.get("tax_detected"), (BigDecimal) m.get("tax_confirmed"),
                num(m.get("reclassified_lines")), (BigDecimal) m.get("tax_reclassified"));
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }
}
