package io.jointclear.reference.mxrates;

import io.jointclear.shared.FieldViolation;
import java.io.Reader;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores Mexican IGI/IGE rates from a CSV. Idempotent: a row already stored unchanged is counted as
 * unchanged. A new period for a fracción whose current rate is open-ended closes that rate the day
 * before; any other overlap with a stored period is rejected, because two rates for one day would
 * make assessments ambiguous.
 */
@Service
public class MexicanRateImport {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MexicanRateImport(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** What an import did. */
    public record Result(int read, int stored, int unchanged, int rejected, List<FieldViolation> rejections) {
    }

    @Transactional
    public Result importCsv(Reader csv, String origin) {
        jdbc.execute("LOCK TABLE reference.mx_tariff_rate IN SHARE ROW EXCLUSIVE MODE");
        Set<String> fracciones = knownFracciones();
        RateCsv.Parsed parsed = RateCsv.read(csv, fracciones::contains);
        List<FieldViolation> rejections = new ArrayList<>(parsed.rejected());
        int stored = 0;
        int unchanged = 0;
        for (RateRow row : parsed.rows()) {
            switch (store(row, origin)) {
                case STORED -> stored++;
                case UNCHANGED -> unchanged++;
                case OVERLAPS -> rejections.add(new FieldViolation("line[" + row.line() + "].valid_from", "OVERLAPPING_PERIOD",
                        "fracción " + row.fraccion() + " already has a different rate for part of " + row.validFrom()
                                + " – " + (row.validTo() == null ? "open" : row.validTo())));
            }
        }
        if (stored > 0) {
            events.publishEvent(new MexicanRatesChanged(stored));
        }
        long rejectedLines = rejections.stream().map(v -> v.field().replaceAll("\\].*", "")).distinct().count();
        return new Result(parsed.read(), stored, unchanged, (int) rejectedLines, rejections);
    }

    private enum Outcome { STORED, UNCHANGED, OVERLAPS }

    private Outcome store(RateRow row, String origin) {
        List<RateRow> existing = jdbc.query("""
                SELECT fraccion, igi_text, ige_text, valid_from, valid_to, source FROM reference.mx_tariff_rate
                WHERE fraccion = ? ORDER BY valid_from
                """, (rs, i) -> new RateRow(0, rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getDate(4).toLocalDate(), rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), rs.getString(6)),
                row.fraccion());
        for (RateRow old : existing) {
            if (old.validFrom().equals(row.validFrom())) {
                return old.sameRatesAs(row) ? Outcome.UNCHANGED : Outcome.OVERLAPS;
            }
        }
        for (RateRow old : existing) {
            boolean overlaps = !(row.validTo() != null && row.validTo().isBefore(old.validFrom()))
                    && !(old.validTo() != null && old.validTo().isBefore(row.validFrom()));
            if (!overlaps) {
                continue;
            }
            boolean openBefore = old.validTo() == null && old.validFrom().isBefore(row.validFrom());
            if (!openBefore) {
                return Outcome.OVERLAPS;
            }
        }
        existing.stream().filter(old -> old.validTo() == null && old.validFrom().isBefore(row.validFrom())).forEach(old ->
                jdbc.update("UPDATE reference.mx_tariff_rate SET valid_to = ? WHERE fraccion = ? AND valid_from = ?",
                        Date.valueOf(row.validFrom().minusDays(1)), old.fraccion(), Date.valueOf(old.validFrom())));
        jdbc.update("""
                INSERT INTO reference.mx_tariff_rate (fraccion, valid_from, valid_to, igi_text, ige_text, source, origin, imported_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, row.fraccion(), Date.valueOf(row.validFrom()), row.validTo() == null ? null : Date.valueOf(row.validTo()),
                row.igi(), row.ige(), row.source(), origin, Timestamp.from(clock.instant()));
        return Outcome.STORED;
    }

    private Set<String> knownFracciones() {
        Set<String> fracciones = new HashSet<>();
        jdbc.query("""
                SELECT DISTINCT substr(tariff_code, 1, 8) FROM reference.mx_tariff_line
                UNION SELECT fraccion FROM reference.mx_fraccion_historic
                """, rs -> { fracciones.add(rs.getString(1)); });
        return fracciones;
    }

}
