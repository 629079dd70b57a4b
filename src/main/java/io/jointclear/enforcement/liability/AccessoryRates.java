package io.jointclear.enforcement.liability;

import io.jointclear.shared.ProblemException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The effective-dated data of the accessories: INPC per month (actualización) and the monthly rate of
 * recargos per period, and the fine articles with their ranges. Imported as CSV; a month or a day the
 * data do not cover is a clear problem, never a guess.
 */
@Repository
public class AccessoryRates {

    public static final String INPC_NOT_LOADED = "INPC_NOT_LOADED";
    public static final String RECARGO_RATE_NOT_LOADED = "RECARGO_RATE_NOT_LOADED";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AccessoryRates(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public BigDecimal inpc(YearMonth month) {
        List<BigDecimal> v = jdbc.queryForList("SELECT value FROM enforcement.inpc WHERE month = ?", BigDecimal.class, month.atDay(1));
        if (v.isEmpty()) {
            throw new ProblemException(422, INPC_NOT_LOADED, "INPC not loaded",
                    "The INPC of " + month + " is not loaded (CFF art. 17-A needs it): import it under PUT /api/v1/enforcement/inpc");
        }
        return v.getFirst();
    }

    public Liability.MonthRate recargoRate(LocalDate day) {
        return jdbc.query("SELECT monthly_rate, source FROM enforcement.recargo_rate WHERE ? BETWEEN valid_from AND valid_to",
                        (rs, n) -> new Liability.MonthRate(day, rs.getBigDecimal(1), rs.getString(2)), day)
                .stream().findFirst().orElseThrow(() -> new ProblemException(422, RECARGO_RATE_NOT_LOADED, "Recargos rate not loaded",
                        "No monthly rate of recargos is loaded for " + day + " (CFF art. 21, Ley de Ingresos of the year): "
                                + "import it under PUT /api/v1/enforcement/recargos"));
    }

    /** A fine article of a jurisdiction, with its range and base. */
    public Optional<FineArticle> article(String article) {
        return jdbc.query("SELECT article, jurisdiction, min_percent, max_percent, base, legal_source FROM enforcement.fine_article WHERE article = ?",
                (rs, n) -> new FineArticle(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getString(5), rs.getString(6)), article).stream().findFirst();
    }

    public record FineArticle(String article, String jurisdiction, BigDecimal minPercent, BigDecimal maxPercent,
                              String base, String legalSource) {
    }

    /** Stores INPC rows {@code month (YYYY-MM), value, source}; a month already stored with another value is a 409. */
    @Transactional
    public int importInpc(List<String[]> rows) {
        int stored = 0;
        for (String[] r : rows) {
            YearMonth month = YearMonth.parse(r[0]);
            BigDecimal value = new BigDecimal(r[1]);
            List<BigDecimal> existing = jdbc.queryForList("SELECT value FROM enforcement.inpc WHERE month = ?", BigDecimal.class, month.atDay(1));
            if (!existing.isEmpty()) {
                if (existing.getFirst().compareTo(value) != 0) {
                    throw new ProblemException(409, "INPC_ALREADY_PUBLISHED", "INPC already stored",
                            "The INPC of " + month + " is stored as " + existing.getFirst() + "; a published index does not change");
                }
                continue;
            }
            stored += jdbc.update("INSERT INTO enforcement.inpc (month, value, source, imported_at) VALUES (?, ?, ?, ?)",
                    month.atDay(1), value, r[2], clock.instant().atOffset(java.time.ZoneOffset.UTC));
        }
        return stored;
    }

    /** Stores recargos rows {@code valid_from, valid_to, monthly_rate (percent), source}; overlaps are a 409. */
    @Transactional
    public int importRecargos(List<String[]> rows) {
        List<Object[]> batch = new ArrayList<>();
        for (String[] r : rows) {
            LocalDate from = LocalDate.parse(r[0]);
            LocalDate to = LocalDate.parse(r[1]);
            Integer overlaps = jdbc.queryForObject("SELECT count(*) FROM enforcement.recargo_rate WHERE valid_from <= ? AND valid_to >= ?",
                    Integer.class, to, from);
            if (overlaps != null && overlaps > 0) {
                throw new ProblemException(409, "OVERLAPPING_PERIOD", "Period already covered",
                        "A recargos rate is already stored for part of " + from + " – " + to);
            }
            batch.add(new Object[]{from, to, new BigDecimal(r[2]), r[3], clock.instant().atOffset(java.time.ZoneOffset.UTC)});
        }
        jdbc.batchUpdate("INSERT INTO enforcement.recargo_rate (valid_from, valid_to, monthly_rate, source, imported_at) VALUES (?, ?, ?, ?, ?)", batch);
        return batch.size();
    }
}
